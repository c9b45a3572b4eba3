package de.stammkunde.domain.purchase;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A customer's purchase in the shop, and the points it earned. */
public record Purchase(ShopId shopId, PurchaseId id, CustomerId customerId, Money amount,
                       @Nullable String reference, Instant occurredAt, long pointsEarned) {
    public Purchase {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
