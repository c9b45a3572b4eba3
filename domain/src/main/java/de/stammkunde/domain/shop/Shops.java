package de.stammkunde.domain.shop;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.util.Optional;

/** Port: the shop registry. */
public interface Shops {
    /** Adds the shop; returns false (and adds nothing) when the slug is already taken. */
    boolean add(Shop shop, Actor actor);

    Optional<Shop> byId(ShopId id);

    Optional<Shop> bySlug(String slug);

    /** Every shop (the tenant registry is small: one row per shop), for jobs that check each one. */
    java.util.List<Shop> all();

    /** Whether the shop's owner confirmed the address the shop signed up with (before that, its mail is held). */
    boolean verified(ShopId id);

    /** Records the owner's confirmation; false when the shop was confirmed before (nothing changes then). */
    boolean markVerified(ShopId id, java.time.Instant at);

    /** Hands out the next customer number of the shop (10001, 10002, ...), safe under concurrency. */
    long nextCustomerNumber(ShopId id);
}
