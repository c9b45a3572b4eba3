package de.stammkunde.domain.purchase;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: recorded purchases. */
public interface Purchases {
    void add(Purchase purchase, Actor actor);

    /**
     * Stores the purchase's category lines (merged: one per category) and remembers the categories among the
     * shop's known ones (see {@link de.stammkunde.domain.programme.Promotions#knownCategories}).
     */
    void addLines(ShopId shopId, PurchaseId purchaseId, List<PurchaseLine> lines);

    /** The category lines of these purchases (purchases without lines are missing from the map). */
    Map<PurchaseId, List<PurchaseLine>> linesOf(ShopId shopId, Collection<PurchaseId> purchaseIds);

    /** Newest first. */
    List<Purchase> ofCustomer(ShopId shopId, CustomerId customerId, int limit);

    /** The purchase, locked for the rest of the transaction (returns and releases of it serialise). */
    Optional<Purchase> lockById(ShopId shopId, PurchaseId id);

    /** Purchases of any shop whose pending points are due at {@code now}, oldest due first. */
    List<Purchase> dueForRelease(Instant now, int limit);

    /** When the customer last bought something, if ever. */
    java.util.Optional<Instant> lastPurchaseAt(ShopId shopId, CustomerId customerId);

    /** Sets the purchase's still-pending points (after a release or a return). */
    void setPointsPending(ShopId shopId, PurchaseId id, long pointsPending);

    /** Records a return and the purchase's new totals. */
    void addReturn(PurchaseReturn purchaseReturn, BigDecimal amountReturnedTotal, long pointsReversedTotal,
                   Actor actor);
}
