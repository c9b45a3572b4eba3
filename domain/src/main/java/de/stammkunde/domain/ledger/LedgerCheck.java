package de.stammkunde.domain.ledger;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Use case: recompute every balance of a shop from its entries and report each difference (the owner's button);
 * scheduled nightly over every shop, when a difference — which should never happen — is also written to the shop's
 * audit log, where the owner sees it.
 */
public final class LedgerCheck {
    public record Report(ShopId shopId, Instant checkedAt, long accounts, List<BalanceDifference> differences) {
        public boolean consistent() {
            return differences.isEmpty();
        }
    }

    private final Ledger ledger;
    private final Shops shops;
    private final AuditLog auditLog;
    private final Clock clock;

    public LedgerCheck(Ledger ledger, Shops shops, AuditLog auditLog, Clock clock) {
        this.ledger = ledger;
        this.shops = shops;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Report check(ShopId shopId) {
        return new Report(shopId, clock.instant(), ledger.accounts(shopId), ledger.differences(shopId));
    }

    /** Every shop, for the nightly run (the tenant registry is small). */
    public List<Shop> shops() {
        return shops.all();
    }

    /** Checks the shop and, when a balance differs, records it in the shop's audit log. */
    public Report checkAndRecord(ShopId shopId) {
        Report report = check(shopId);
        if (!report.consistent()) {
            auditLog.record(new AuditEvent(shopId, Actor.SYSTEM, "ledger.check.failed", "shop", shopId.toString(),
                    Map.of("differences", Integer.toString(report.differences().size()),
                            "first", report.differences().getFirst().customerId().toString()), report.checkedAt()));
        }
        return report;
    }
}
