package de.stammkunde.api.value;

import de.stammkunde.domain.history.ImportJob;
import de.stammkunde.domain.history.RunImport;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.value.ScoreCustomers;
import jakarta.annotation.PreDestroy;
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

    private final QueueDrain<ImportJob> queue;

    ImportWorker(RunImport runImport, ScoreCustomers scoring, ClvWorker clv) {
        this.queue = new QueueDrain<>("history-import", runImport::runNext, j -> {
            log.info("Import {} of shop {}: {} — {} imported, {} already there, {} skipped", j.id(), j.shopId(),
                    j.status(), j.imported(), j.duplicates(), j.skipped());
            if (j.imported() > 0) {
                // new history: the lifetime values follow at once rather than tonight
                scoring.request(j.shopId(), Actor.SYSTEM);
                clv.wake();
            }
        });
    }

    @Scheduled(initialDelayString = "${stammkunde.jobs.imports.initial-delay:PT5S}",
            fixedDelayString = "${stammkunde.jobs.imports.interval:PT5S}")
    void tick() {
        wake();
    }

    /** Starts working through the queue unless already at it. */
    void wake() {
        queue.wake();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        queue.stop();
    }
}
