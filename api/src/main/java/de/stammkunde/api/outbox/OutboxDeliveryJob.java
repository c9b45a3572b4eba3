package de.stammkunde.api.outbox;

import de.stammkunde.domain.outbox.DeliverOutbox;
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
 * Every few seconds: delivers the outbox's due messages (mail, events for after-commit subscribers), each under a
 * lease in short transactions of its own (see {@link DeliverOutbox}), at most {@code batch-size} per run. A run
 * stops at the first message that has to wait (a mail server that is down would otherwise cost its timeout once per
 * mail); the rest follow with the next run.
 */
@Component
public class OutboxDeliveryJob {
    private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryJob.class);

    private final DeliverOutbox deliver;
    private final int batchSize;

    OutboxDeliveryJob(DeliverOutbox deliver, @Value("${stammkunde.jobs.outbox.batch-size:200}") int batchSize) {
        this.deliver = deliver;
        this.batchSize = batchSize;
    }

    @Scheduled(initialDelayString = "${stammkunde.jobs.outbox.initial-delay:PT10S}",
            fixedDelayString = "${stammkunde.jobs.outbox.delay:PT5S}")
    @SchedulerLock(name = "outbox-delivery", lockAtMostFor = "PT15M")
    public void scheduled() {
        runNow();
    }

    /** Delivers up to one batch of due messages; returns how each of them went. */
    public Map<DeliverOutbox.Outcome, Integer> runNow() {
        Map<DeliverOutbox.Outcome, Integer> outcomes = new EnumMap<>(DeliverOutbox.Outcome.class);
        for (int i = 0; i < batchSize; i++) {
            Optional<DeliverOutbox.Delivery> delivery;
            try {
                delivery = deliver.deliverNext();
            } catch (RuntimeException e) {
                log.error("Outbox delivery stopped for this run", e);
                break;
            }
            if (delivery.isEmpty()) {
                break;
            }
            DeliverOutbox.Outcome outcome = delivery.get().outcome();
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome != DeliverOutbox.Outcome.DONE) {
                log.warn("Outbox message {} ({}) attempt {}: {}", delivery.get().message().id(),
                        delivery.get().message().topic(), delivery.get().attempt(), outcome);
            }
            if (outcome == DeliverOutbox.Outcome.RETRY_LATER) {
                break;
            }
        }
        if (!outcomes.isEmpty()) {
            log.info("Outbox delivery: {}", outcomes);
        }
        return outcomes;
    }
}
