package de.stammkunde.domain.reward;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: issued vouchers. */
public interface Vouchers {
    /** Adds the voucher; false if its code is taken already (the caller draws a new code). */
    boolean add(Voucher voucher, Actor actor);

    Optional<Voucher> byCode(ShopId shopId, String code);

    Optional<Voucher> byId(ShopId shopId, UUID id);

    /** Newest first. */
    List<Voucher> ofCustomer(ShopId shopId, CustomerId customerId);

    /** Marks it redeemed if it is still open and valid at {@code at}; false otherwise (used, expired). */
    boolean markRedeemed(ShopId shopId, UUID id, Instant at, Actor actor);
}
