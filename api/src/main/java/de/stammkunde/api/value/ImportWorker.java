package de.stammkunde.api.value;

import de.stammkunde.domain.history.RunImport;
import de.stammkunde.domain.shared.Actor;
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
 * Runs history imports on a thread of its own (an import of a million lines takes minutes; the scheduler's thread
 * stays free). Woken when a file is uploaded and every few seconds, which also picks up a job whose worker died
 * (another instance, or this one before a restart): jobs are claimed in the database, so instances share the work.
 * A finished import with new purchases queues a lifetime-value run for its shop.
 */
@Component
class ImportWorker {
    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final RunImport runImport;
    private final ScoreCustomers scoring;
    private final ClvWorker clv;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "history-import");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();

    ImportWorker(RunImport runImport, ScoreCustomers scoring, ClvWorker clv) {
        this.runImport = runImport;
        this.scoring = scoring;
        this.clv = clv;
    }

    @Scheduled(initialDelayString = "${stammkunde.jobs.imports.initial-delay:PT5S}",
            fixedDelayString = "${stammkunde.jobs.imports.interval:PT5S}")
    void tick() {
        wake();
    }

    /** Starts working through the queue unless already at it. */
    void wake() {
        if (busy.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (true) {
                var job = runImport.runNext();
                if (job.isEmpty()) {
                    break;
                }
                var j = job.get();
                log.info("Import {} of shop {}: {} — {} imported, {} already there, {} skipped", j.id(),
                        j.shopId(), j.status(), j.imported(), j.duplicates(), j.skipped());
                if (j.imported() > 0) {
                    // new history: the lifetime values follow at once rather than tonight
                    scoring.request(j.shopId(), Actor.SYSTEM);
                    clv.wake();
                }
            }
        } catch (RuntimeException e) {
            log.error("History import stopped; it resumes after its heartbeat is stale", e);
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
