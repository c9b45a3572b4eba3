package de.stammkunde.domain.purchase;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.tier.QualifyingSpendChanged;
import java.time.Instant;
import java.util.UUID;

/** Fact: goods worth {@code amount} of a purchase came back, taking back {@code pointsReversed}. */
public record PurchaseReturned(ShopId shopId, UUID returnId, PurchaseId purchaseId, CustomerId customerId,
                               Money amount, long pointsReversed, Actor actor, Instant occurredAt)
        implements QualifyingSpendChanged {
}
