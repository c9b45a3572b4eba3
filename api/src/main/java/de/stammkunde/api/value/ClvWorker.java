package de.stammkunde.api.value;

import de.stammkunde.domain.value.ClvRun;
import de.stammkunde.domain.value.ScoreCustomers;
import jakarta.annotation.PreDestroy;
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

    private final QueueDrain<ClvRun> queue;

    ClvWorker(ScoreCustomers scoring) {
        this.queue = new QueueDrain<>("clv-scoring", scoring::runNext, run -> log.info(
                "Lifetime values of shop {}: {} ({} customers, {})", run.shopId(), run.status(), run.customers(),
                run.model()));
    }

    @Scheduled(initialDelayString = "${stammkunde.jobs.clv.initial-delay:PT7S}",
            fixedDelayString = "${stammkunde.jobs.clv.interval:PT5S}")
    void tick() {
        wake();
    }

    void wake() {
        queue.wake();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        queue.stop();
    }
}
