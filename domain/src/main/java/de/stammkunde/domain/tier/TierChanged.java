package de.stammkunde.domain.tier;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Fact: a customer's tier changed (upgrade, downgrade) or its grace period started or ended. */
public record TierChanged(ShopId shopId, CustomerId customerId, TierChange.Kind kind, @Nullable String fromTier,
                          @Nullable String toTier, BigDecimal qualifyingSpend, Instant occurredAt)
        implements DomainEvent {
}
