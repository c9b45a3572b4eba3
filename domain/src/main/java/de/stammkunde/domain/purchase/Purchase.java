package de.stammkunde.domain.purchase;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer's purchase in the shop and the points it earned: {@code pointsPending} of them are still waiting for
 * {@code releaseAt} (the end of the return window); returns so far took back {@code amountReturned} and
 * {@code pointsReversed}.
 */
public record Purchase(ShopId shopId, PurchaseId id, CustomerId customerId, Money amount,
                       @Nullable String reference, Instant occurredAt, long pointsEarned, long pointsPending,
                       @Nullable Instant releaseAt, BigDecimal amountReturned, long pointsReversed) {
    public Purchase {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(amountReturned, "amountReturned");
    }

    /** What can still be returned. */
    public BigDecimal returnable() {
        return amount.amount().subtract(amountReturned);
    }
}
