package de.stammkunde.domain.staff;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: staff invitations. */
public interface Invitations {
    void add(Invitation invitation, Actor actor);

    Optional<Invitation> byTokenHash(String tokenHash);

    /** Marks it accepted; false if it was accepted already (a concurrent accept lost the race). */
    boolean markAccepted(ShopId shopId, UUID id, Instant at);

    List<Invitation> open(ShopId shopId, Instant now);

    /** Removes an invitation nobody accepted yet, so its link stops working; false if there is none such. */
    boolean revoke(ShopId shopId, UUID id);
}
