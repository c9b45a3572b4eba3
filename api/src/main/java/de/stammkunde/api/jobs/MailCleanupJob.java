package de.stammkunde.api.jobs;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.mail.MailOutbox;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: forgets sent mails after {@code stammkunde.mail.keep-sent} (90 days): they hold customers' addresses and
 * names and serve only the owner's view of recent deliveries. Failed and waiting mails stay. Deletes in batches of
 * one short transaction each.
 */
@Component
public class MailCleanupJob {
    private static final Logger log = LoggerFactory.getLogger(MailCleanupJob.class);
    private static final int BATCH = 1000;

    private final MailOutbox outbox;
    private final Transactions tx;
    private final Clock clock;
    private final Duration keepSent;

    MailCleanupJob(MailOutbox outbox, Transactions tx, Clock clock, StammkundeProperties properties) {
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.keepSent = properties.mail().keepSent();
    }

    @Scheduled(cron = "${stammkunde.jobs.mail-cleanup.cron:0 45 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "mail-cleanup", lockAtMostFor = "PT1H")
    public void scheduled() {
        runNow();
    }

    /** Returns how many sent mails were deleted. */
    public int runNow() {
        var before = clock.instant().minus(keepSent);
        int deleted = 0;
        int batch;
        do {
            batch = tx.write(() -> outbox.deleteSentBefore(before, BATCH));
            deleted += batch;
        } while (batch == BATCH);
        if (deleted > 0) {
            log.info("Forgot {} mails sent before {}", deleted, before);
        }
        return deleted;
    }
}
