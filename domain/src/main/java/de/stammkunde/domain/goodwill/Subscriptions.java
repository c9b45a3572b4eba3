package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: customers' subscriptions. */
public interface Subscriptions {
    void add(Subscription subscription);

    void update(Subscription subscription);

    Optional<Subscription> byId(ShopId shopId, UUID id);

    /** Held until the transaction ends (free months and edits of one subscription queue up). */
    Optional<Subscription> lockById(ShopId shopId, UUID id);

    List<Subscription> ofCustomer(ShopId shopId, CustomerId customerId);
}
