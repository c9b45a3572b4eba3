package de.stammkunde.api.jobs;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.ledger.LedgerCheck;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.util.Map;
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

    private final Shops shops;
    private final LedgerCheck check;
    private final AuditLog auditLog;
    private final Transactions tx;
    private final Clock clock;

    LedgerCheckJob(Shops shops, LedgerCheck check, AuditLog auditLog, Transactions tx, Clock clock) {
        this.shops = shops;
        this.check = check;
        this.auditLog = auditLog;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${stammkunde.jobs.ledger-check.cron:0 0 4 * * *}", zone = "UTC")
    @SchedulerLock(name = "ledger-check", lockAtMostFor = "PT2H")
    public void scheduled() {
        runNow();
    }

    /** Checks every shop; returns the number of inconsistent balances found. */
    public long runNow() {
        long found = 0;
        for (Shop shop : tx.read(shops::all)) {
            var report = tx.read(() -> check.check(shop.id()));
            if (!report.consistent()) {
                found += report.differences().size();
                log.error("Ledger check: shop {} has {} balances that differ from their entries: {}", shop.slug(),
                        report.differences().size(), report.differences());
                tx.run(() -> auditLog.record(new AuditEvent(shop.id(), Actor.SYSTEM, "ledger.check.failed",
                        "shop", shop.id().toString(),
                        Map.of("differences", Integer.toString(report.differences().size()),
                                "first", report.differences().getFirst().customerId().toString()),
                        clock.instant())));
            }
        }
        return found;
    }
}
