package de.stammkunde.domain.purchase;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;

/** Goods of a purchase brought back: the amount and the points it took back. */
public record PurchaseReturn(ShopId shopId, UUID id, PurchaseId purchaseId, CustomerId customerId, Money amount,
                             long pointsReversed, Instant occurredAt) {
}
