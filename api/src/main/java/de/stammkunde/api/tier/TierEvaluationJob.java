package de.stammkunde.api.tier;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerRef;
import de.stammkunde.domain.tier.TierEvaluation;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly: re-evaluates every customer's tier (spend leaves the rolling 12-month window, grace periods end), in
 * chunks of one transaction each, walking customers in (shop, customer) order. Re-running is harmless.
 */
@Component
public class TierEvaluationJob {
    private static final Logger log = LoggerFactory.getLogger(TierEvaluationJob.class);

    private final TierEvaluation evaluation;
    private final Transactions tx;
    private final int chunkSize;

    TierEvaluationJob(TierEvaluation evaluation, Transactions tx,
                      @Value("${stammkunde.jobs.tiers.chunk-size:500}") int chunkSize) {
        this.evaluation = evaluation;
        this.tx = tx;
        this.chunkSize = chunkSize;
    }

    @Scheduled(cron = "${stammkunde.jobs.tiers.cron:0 30 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "tier-evaluation", lockAtMostFor = "PT2H")
    public void scheduled() {
        runNow();
    }

    /** Evaluates all customers; returns how many it looked at. */
    public long runNow() {
        long seen = 0;
        CustomerRef after = null;
        while (true) {
            CustomerRef from = after;
            List<CustomerRef> chunk = tx.read(() -> evaluation.customersAfter(from, chunkSize));
            chunk.forEach(c -> tx.run(() -> evaluation.evaluate(c.shopId(), c.customerId(), Actor.SYSTEM)));
            seen += chunk.size();
            if (chunk.size() < chunkSize) {
                break;
            }
            after = chunk.getLast();
        }
        log.info("Tier evaluation looked at {} customers", seen);
        return seen;
    }
}
