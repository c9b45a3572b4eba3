package de.stammkunde.api.outbox;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.outbox.ForgetDelivered;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: forgets delivered messages after {@code stammkunde.mail.keep-sent} (90 days): they hold customers'
 * addresses and names and serve only the owner's view of recent deliveries. Given-up and waiting messages stay.
 * Deletes in batches of one short transaction each.
 */
@Component
public class OutboxCleanupJob {
    private static final Logger log = LoggerFactory.getLogger(OutboxCleanupJob.class);
    private static final int BATCH = 1000;

    private final ForgetDelivered forget;
    private final Transactions tx;

    OutboxCleanupJob(ForgetDelivered forget, Transactions tx) {
        this.forget = forget;
        this.tx = tx;
    }

    @Scheduled(cron = "${stammkunde.jobs.outbox-cleanup.cron:0 45 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "outbox-cleanup", lockAtMostFor = "PT1H")
    public void scheduled() {
        runNow();
    }

    /** Returns how many delivered messages were deleted. */
    public int runNow() {
        int deleted = tx.inBatches(BATCH, forget::forget);
        if (deleted > 0) {
            log.info("Forgot {} delivered outbox messages", deleted);
        }
        return deleted;
    }
}
