package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;

/**
 * Port: what a customer is worth to the shop, in its currency. Today the net revenue to date (purchases less
 * returns); once lifetime value is modelled (the customer-value issue), an adapter answers the CLV instead and
 * recommendations follow without change.
 */
@FunctionalInterface
public interface CustomerValue {
    /** The value and what it is ({@code basis}: e.g. {@code REVENUE_TO_DATE}, later {@code CLV}). */
    record Value(BigDecimal amount, String basis) {
    }

    Value of(ShopId shopId, CustomerId customerId);
}
