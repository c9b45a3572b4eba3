package de.stammkunde.domain.customer;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Port: portal activation links. */
public interface PortalActivations {
    void add(PortalActivation activation, Actor actor);

    Optional<PortalActivation> byTokenHash(String tokenHash);

    /** Marks it used; false if it was used already. */
    boolean markUsed(ShopId shopId, UUID id, Instant at);

    /** Open links of the customer stop working (a new one was sent). */
    void revokeOpen(ShopId shopId, de.stammkunde.domain.shared.CustomerId customerId, Instant at);
}
