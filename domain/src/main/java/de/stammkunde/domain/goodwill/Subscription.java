package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service the customer pays for monthly (a bread subscription, a coffee flat rate): the plan, its fee, and the day
 * until which it is paid. Free months as goodwill move {@code paidUntil} on.
 */
public record Subscription(ShopId shopId, UUID id, CustomerId customerId, String plan, Money monthlyFee,
                           LocalDate paidUntil, Instant createdAt) {
    Subscription withPlan(String newPlan, Money newFee, LocalDate newPaidUntil) {
        return new Subscription(shopId, id, customerId, newPlan, newFee, newPaidUntil, createdAt);
    }
}
