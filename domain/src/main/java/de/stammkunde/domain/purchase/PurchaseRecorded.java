package de.stammkunde.domain.purchase;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.tier.QualifyingSpendChanged;
import java.time.Instant;

/** Fact: a customer bought for {@code amount} at {@code occurredAt} and earned {@code pointsEarned}. */
public record PurchaseRecorded(ShopId shopId, PurchaseId purchaseId, CustomerId customerId, Money amount,
                               long pointsEarned, Actor actor, Instant occurredAt) implements QualifyingSpendChanged {
}
