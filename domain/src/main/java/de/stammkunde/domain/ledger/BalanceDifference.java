package de.stammkunde.domain.ledger;

import de.stammkunde.domain.shared.CustomerId;

/**
 * A customer whose stored balance is not the sum of their ledger entries. Plain numbers, not {@link Balance}:
 * a corrupted sum may well be negative, and the check must be able to say so.
 */
public record BalanceDifference(CustomerId customerId, long storedAvailable, long storedPending, long storedOwed,
                                long entriesAvailable, long entriesPending, long entriesOwed) {
}
