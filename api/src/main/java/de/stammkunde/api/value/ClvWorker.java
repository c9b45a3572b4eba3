package de.stammkunde.api.value;

import de.stammkunde.domain.value.ScoreCustomers;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs lifetime-value scoring on a thread of its own, woken on request and every few seconds; runs are claimed in
 * the database (several instances share them, a run whose worker died is taken over).
 */
@Component
class ClvWorker {
    private static final Logger log = LoggerFactory.getLogger(ClvWorker.class);

    private final ScoreCustomers scoring;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clv-scoring");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();

    ClvWorker(ScoreCustomers scoring) {
        this.scoring = scoring;
    }

    @Scheduled(initialDelayString = "${stammkunde.jobs.clv.initial-delay:PT7S}",
            fixedDelayString = "${stammkunde.jobs.clv.interval:PT5S}")
    void tick() {
        wake();
    }

    void wake() {
        if (busy.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (true) {
                var run = scoring.runNext();
                if (run.isEmpty()) {
                    break;
                }
                log.info("Lifetime values of shop {}: {} ({} customers, {})", run.get().shopId(), run.get().status(),
                        run.get().customers(), run.get().model());
            }
        } catch (RuntimeException e) {
            log.error("Lifetime-value scoring failed", e);
        } finally {
            busy.set(false);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
