package de.stammkunde.api.value;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through a queue kept in the database on a thread of its own: {@link #wake} starts taking the next item until
 * there is none, unless it is at it already. Items are claimed by {@code next} (in the database, so instances share
 * the work); a failure is logged and the item is taken over once its heartbeat is stale.
 */
final class QueueDrain<T> {
    private static final Logger log = LoggerFactory.getLogger(QueueDrain.class);

    private final String name;
    private final Supplier<Optional<T>> next;
    private final Consumer<T> done;
    private final ExecutorService thread;
    private final AtomicBoolean busy = new AtomicBoolean();

    QueueDrain(String name, Supplier<Optional<T>> next, Consumer<T> done) {
        this.name = name;
        this.next = next;
        this.done = done;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    void wake() {
        if (busy.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (var item = next.get(); item.isPresent(); item = next.get()) {
                done.accept(item.get());
            }
        } catch (RuntimeException e) {
            log.error("{} stopped; the item is taken over when its heartbeat is stale", name, e);
        } finally {
            busy.set(false);
        }
    }

    void stop() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
