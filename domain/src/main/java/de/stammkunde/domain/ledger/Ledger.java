package de.stammkunde.domain.ledger;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.CustomerRef;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.Rejection;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Port: the points ledger. Implementations append the entry and move the customer's balance row in the caller's
 * transaction, serialising concurrent postings for one customer on that row, so balances never go negative and
 * {@code sum(entries) = balance} always holds. Use cases get it wrapped in {@link PublishingLedger}, which records
 * every posting as a {@link PointsPosted} fact.
 */
public interface Ledger {
    /** Creates the customer's zero balance (nothing happens when it exists). */
    void openAccount(ShopId shopId, CustomerId customerId, Actor actor);

    /** Appends the entry, or says why not; opens the customer's account first when it has none. */
    PostingResult post(LedgerEntry entry, Actor actor);

    /**
     * Posts an entry that cannot overdraw (a credit, or a debit computed under the balance lock) and returns the
     * balance after it — also when it was posted before under the same key.
     *
     * @throws IllegalStateException when it would overdraw after all: a bug, the transaction must roll back
     */
    default Balance postOrFail(LedgerEntry entry, Actor actor) {
        return switch (post(entry, actor)) {
            case PostingResult.Posted posted -> posted.balance();
            case PostingResult.AlreadyPosted already -> already.balance();
            case PostingResult.InsufficientBalance insufficient -> throw new IllegalStateException(
                    entry.type() + " cannot overdraw: " + insufficient);
        };
    }

    /**
     * Posts a debit the customer may not be able to afford; returns the balance after it.
     *
     * @throws RejectedException with {@code insufficient}'s rejection (given the balance before) when it would
     *         overdraw
     */
    default Balance postOrReject(LedgerEntry entry, Actor actor, Function<Balance, Rejection> insufficient) {
        return switch (post(entry, actor)) {
            case PostingResult.Posted posted -> posted.balance();
            case PostingResult.AlreadyPosted already -> already.balance();
            case PostingResult.InsufficientBalance refused ->
                    throw new RejectedException(insufficient.apply(refused.balance()));
        };
    }

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

    /** Customers of all shops with available points, after {@code after} in (shop, customer) order (expiry's walk). */
    List<CustomerRef> withPointsAfter(@Nullable CustomerRef after, int limit);
}
