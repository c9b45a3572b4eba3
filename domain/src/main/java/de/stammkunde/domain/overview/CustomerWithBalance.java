package de.stammkunde.domain.overview;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.ledger.Balance;

/** A customer as lists and detail pages show them: with the current points balance. */
public record CustomerWithBalance(Customer customer, Balance balance) {
}
