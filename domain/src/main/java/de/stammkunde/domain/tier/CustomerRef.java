package de.stammkunde.domain.tier;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;

/** A customer of some shop, for jobs that walk all customers in order. */
public record CustomerRef(ShopId shopId, CustomerId customerId) {
}
