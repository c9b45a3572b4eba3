package de.stammkunde.domain.purchase;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;

/** Port: recorded purchases. */
public interface Purchases {
    void add(Purchase purchase, Actor actor);

    /** Newest first. */
    List<Purchase> ofCustomer(ShopId shopId, CustomerId customerId, int limit);
}
