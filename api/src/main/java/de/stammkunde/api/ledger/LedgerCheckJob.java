package de.stammkunde.api.ledger;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.ledger.LedgerCheck;
import de.stammkunde.domain.shop.Shop;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly: recomputes every balance of every shop from its ledger entries. A difference should never happen; if
 * it does, it is logged as an error and written to the shop's audit log, where the owner sees it (and the owner
 * can run the same check any time from the programme page).
 */
@Component
public class LedgerCheckJob {
    private static final Logger log = LoggerFactory.getLogger(LedgerCheckJob.class);

    private final LedgerCheck check;
    private final Transactions tx;

    LedgerCheckJob(LedgerCheck check, Transactions tx) {
        this.check = check;
        this.tx = tx;
    }

    @Scheduled(cron = "${stammkunde.jobs.ledger-check.cron:0 0 4 * * *}", zone = "UTC")
    @SchedulerLock(name = "ledger-check", lockAtMostFor = "PT2H")
    public void scheduled() {
        runNow();
    }

    /** Checks every shop; returns the number of inconsistent balances found. */
    public long runNow() {
        long found = 0;
        for (Shop shop : tx.read(check::shops)) {
            var report = tx.write(() -> check.checkAndRecord(shop.id()));
            if (!report.consistent()) {
                found += report.differences().size();
                log.error("Ledger check: shop {} has {} balances that differ from their entries: {}", shop.slug(),
                        report.differences().size(), report.differences());
            }
        }
        return found;
    }
}
