package de.stammkunde.domain.ledger;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;

/**
 * Port: the points ledger. Implementations append the entry and move the customer's balance row in the caller's
 * transaction, serialising concurrent postings for one customer on that row, so balances never go negative and
 * {@code sum(entries) = balance} always holds.
 */
public interface Ledger {
    /** Creates the customer's zero balance. */
    void openAccount(ShopId shopId, CustomerId customerId, Actor actor);

    PostingResult post(LedgerEntry entry, Actor actor);

    Balance balance(ShopId shopId, CustomerId customerId);

    /** The balance, locked for the rest of the transaction: postings of other transactions wait. */
    Balance lock(ShopId shopId, CustomerId customerId);

    /** Newest first. */
    List<LedgerLine> history(ShopId shopId, CustomerId customerId, int limit);

    /** Every entry of the customer, oldest first (for expiry's first-in-first-out view). */
    List<LedgerEntry> allEntries(ShopId shopId, CustomerId customerId);

    /** Every customer of the shop whose balance row differs from the sum of their entries (should be none). */
    List<BalanceDifference> differences(ShopId shopId);

    /** How many customer balances {@link #differences} compared. */
    long accounts(ShopId shopId);
}
