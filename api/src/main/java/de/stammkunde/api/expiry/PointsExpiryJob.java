package de.stammkunde.api.expiry;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.expiry.ExpirePoints;
import de.stammkunde.domain.shared.CustomerRef;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: books expired points and sends notices 30 days ahead, walking the customers who have points in chunks
 * of one transaction each. Running it twice on a day books nothing twice (one EXPIRY key per customer and day,
 * one notice per customer and expiry date).
 */
@Component
public class PointsExpiryJob {
    private static final Logger log = LoggerFactory.getLogger(PointsExpiryJob.class);

    private final ExpirePoints expirePoints;
    private final Transactions tx;
    private final int chunkSize;

    PointsExpiryJob(ExpirePoints expirePoints, Transactions tx,
                    @Value("${stammkunde.jobs.expiry.chunk-size:500}") int chunkSize) {
        this.expirePoints = expirePoints;
        this.tx = tx;
        this.chunkSize = chunkSize;
    }

    @Scheduled(cron = "${stammkunde.jobs.expiry.cron:0 30 2 * * *}", zone = "UTC")
    @SchedulerLock(name = "points-expiry", lockAtMostFor = "PT2H")
    public void scheduled() {
        runNow();
    }

    /** Returns the points expired in this run. */
    public long runNow() {
        long expired = 0;
        CustomerRef after = null;
        while (true) {
            CustomerRef from = after;
            record Chunk(List<CustomerRef> customers, long expired) {
            }
            List<CustomerRef> refs = tx.read(() -> expirePoints.customersWithPointsAfter(from, chunkSize));
            long points = 0;
            for (CustomerRef ref : refs) {
                // One short transaction per customer: never many balances locked at once.
                points += tx.write(() -> expirePoints.run(ref.shopId(), ref.customerId()));
            }
            Chunk chunk = new Chunk(refs, points);
            expired += chunk.expired();
            if (chunk.customers().size() < chunkSize) {
                break;
            }
            after = chunk.customers().getLast();
        }
        if (expired > 0) {
            log.info("Expired {} points", expired);
        }
        return expired;
    }
}
