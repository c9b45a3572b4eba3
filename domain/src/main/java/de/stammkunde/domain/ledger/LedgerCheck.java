package de.stammkunde.domain.ledger;

import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Use case: recompute every balance of a shop from its entries and report each difference. */
public final class LedgerCheck {
    public record Report(ShopId shopId, Instant checkedAt, long accounts, List<BalanceDifference> differences) {
        public boolean consistent() {
            return differences.isEmpty();
        }
    }

    private final Ledger ledger;
    private final Clock clock;

    public LedgerCheck(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public Report check(ShopId shopId) {
        return new Report(shopId, clock.instant(), ledger.accounts(shopId), ledger.differences(shopId));
    }
}
