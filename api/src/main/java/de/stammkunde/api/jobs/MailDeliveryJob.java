package de.stammkunde.api.jobs;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.mail.DeliverMail;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every 30 seconds: sends the outbox's due mails, one transaction per mail (locked while it is sent), at most
 * {@code batch-size} per run so one run never holds the lock for long; a run stops at the first mail the server
 * did not take (the others wait for the next run rather than for the server's timeouts).
 */
@Component
public class MailDeliveryJob {
    private static final Logger log = LoggerFactory.getLogger(MailDeliveryJob.class);

    private final DeliverMail deliverMail;
    private final Transactions tx;
    private final int batchSize;

    MailDeliveryJob(DeliverMail deliverMail, Transactions tx,
                    @Value("${stammkunde.jobs.mail.batch-size:200}") int batchSize) {
        this.deliverMail = deliverMail;
        this.tx = tx;
        this.batchSize = batchSize;
    }

    @Scheduled(initialDelayString = "${stammkunde.jobs.mail.initial-delay:PT30S}",
            fixedDelayString = "${stammkunde.jobs.mail.delay:PT30S}")
    @SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT15M")
    public void scheduled() {
        runNow();
    }

    /** Delivers up to one batch of due mails; returns how each of them went. */
    public Map<DeliverMail.Outcome, Integer> runNow() {
        Map<DeliverMail.Outcome, Integer> outcomes = new EnumMap<>(DeliverMail.Outcome.class);
        for (int i = 0; i < batchSize; i++) {
            Optional<DeliverMail.Outcome> outcome;
            try {
                outcome = tx.write(deliverMail::deliverNext);
            } catch (RuntimeException e) {
                log.error("Mail delivery stopped for this run", e);
                break;
            }
            if (outcome.isEmpty()) {
                break;
            }
            outcomes.merge(outcome.get(), 1, Integer::sum);
            if (outcome.get() == DeliverMail.Outcome.RETRY_LATER) {
                break; // the mail server is unwell: do not wait for its timeouts once per mail
            }
        }
        if (!outcomes.isEmpty()) {
            log.info("Mail delivery: {}", outcomes);
        }
        return outcomes;
    }
}
