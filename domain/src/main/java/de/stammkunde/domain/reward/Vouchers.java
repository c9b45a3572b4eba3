package de.stammkunde.domain.reward;

import org.jspecify.annotations.Nullable;
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

    /** Marks it redeemed if it is still open and valid at {@code at}; false otherwise (used, expired, cancelled). */
    boolean markRedeemed(ShopId shopId, UUID id, Instant at, Actor actor);

    /** Marks it cancelled if it is still open and valid at {@code at}; false otherwise (used, expired, cancelled). */
    boolean markCancelled(ShopId shopId, UUID id, Instant at, @Nullable String reason, Actor actor);

    /** A voucher with whom it belongs to, for the shop's overview. */
    record Listed(Voucher voucher, long customerNumber, String customerName) {
    }

    /** How many vouchers the shop has in each status at {@code now}. */
    record Counts(long open, long used, long expired, long cancelled) {
    }

    /** The shop's vouchers in {@code status} at {@code now} (all when null), newest first. */
    List<Listed> overview(ShopId shopId, Voucher.@Nullable Status status, Instant now, int offset, int limit);

    Counts counts(ShopId shopId, Instant now);
}
