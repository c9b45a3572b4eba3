package de.stammkunde.domain.tier;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An entry of a customer's tier history. Tier names are copied: renaming a tier later does not rewrite history. */
public record TierChange(ShopId shopId, UUID id, CustomerId customerId, Kind kind, @Nullable String fromTier,
                         @Nullable String toTier, BigDecimal qualifyingSpend, Instant occurredAt) {
    public enum Kind {
        UPGRADE, DOWNGRADE,
        /** Spend fell below the tier: the grace period started. */
        GRACE_STARTED,
        /** Spend recovered during the grace period: the tier is kept. */
        GRACE_ENDED
    }
}
