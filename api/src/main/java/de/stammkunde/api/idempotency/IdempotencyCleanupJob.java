package de.stammkunde.api.idempotency;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.idempotency.ForgetIdempotencyRecords;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: forgets the remembered responses of retried requests after {@code stammkunde.idempotency.keep-for}
 * (72 hours): they may hold personal data, and clients retry within minutes. Deletes in batches of one short
 * transaction each.
 */
@Component
public class IdempotencyCleanupJob {
    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanupJob.class);
    private static final int BATCH = 1000;

    private final ForgetIdempotencyRecords forget;
    private final Transactions tx;

    IdempotencyCleanupJob(ForgetIdempotencyRecords forget, Transactions tx) {
        this.forget = forget;
        this.tx = tx;
    }

    @Scheduled(cron = "${stammkunde.jobs.idempotency-cleanup.cron:0 15 4 * * *}", zone = "UTC")
    @SchedulerLock(name = "idempotency-cleanup", lockAtMostFor = "PT1H")
    public void scheduled() {
        runNow();
    }

    /** Returns how many records were deleted. */
    public int runNow() {
        int deleted = tx.inBatches(BATCH, forget::forget);
        if (deleted > 0) {
            log.info("Forgot {} idempotency records", deleted);
        }
        return deleted;
    }
}
