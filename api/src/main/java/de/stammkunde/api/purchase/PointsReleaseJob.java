package de.stammkunde.api.purchase;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.purchase.ReleasePendingPoints;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases pending points whose return window has passed, every few minutes, in chunks of one transaction each
 * (a million due purchases never become one giant transaction). Safe to run twice: each purchase is released at
 * most once.
 */
@Component
public class PointsReleaseJob {
    private static final Logger log = LoggerFactory.getLogger(PointsReleaseJob.class);

    private final ReleasePendingPoints release;
    private final Transactions tx;
    private final int chunkSize;

    PointsReleaseJob(ReleasePendingPoints release, Transactions tx,
                     @Value("${stammkunde.jobs.release.chunk-size:500}") int chunkSize) {
        this.release = release;
        this.tx = tx;
        this.chunkSize = chunkSize;
    }

    @Scheduled(initialDelayString = "${stammkunde.jobs.release.initial-delay:PT1M}",
            fixedDelayString = "${stammkunde.jobs.release.interval:PT5M}")
    @SchedulerLock(name = "points-release", lockAtMostFor = "PT30M")
    public void scheduled() {
        runNow();
    }

    /** Releases everything due now; returns the number of purchases released. */
    public long runNow() {
        long total = 0;
        while (true) {
            var due = tx.read(() -> release.due(chunkSize));
            long released = 0;
            for (var purchase : due) {
                if (tx.write(() -> release.release(purchase))) {
                    released++;
                }
            }
            total += released;
            if (due.size() < chunkSize || released == 0) {
                break;
            }
        }
        if (total > 0) {
            log.info("Released pending points of {} purchases", total);
        }
        return total;
    }
}
