package de.stammkunde.domain.shared;


/** A customer of some shop, for jobs that walk all customers in order. */
public record CustomerRef(ShopId shopId, CustomerId customerId) {
}
