package de.stammkunde.domain.reward;

import org.jspecify.annotations.Nullable;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read use cases: the rewards catalogue and a customer's vouchers. */
public final class RewardQueries {
    private final Rewards rewards;
    private final Vouchers vouchers;

    public RewardQueries(Rewards rewards, Vouchers vouchers) {
        this.rewards = rewards;
        this.vouchers = vouchers;
    }

    public List<Reward> catalogue(ShopId shopId, boolean activeOnly) {
        return rewards.all(shopId, activeOnly);
    }

    /** Newest first. */
    public List<Voucher> vouchersOf(ShopId shopId, CustomerId customerId) {
        return vouchers.ofCustomer(shopId, customerId);
    }

    /** One of the customer's own vouchers: empty for another customer's, whatever its id. */
    public Optional<Voucher> voucherOf(ShopId shopId, CustomerId customerId, UUID voucherId) {
        return vouchers.byId(shopId, voucherId).filter(v -> v.customerId().equals(customerId));
    }

    /** The shop's vouchers in {@code status} at {@code now} (all when null), newest first, with their customers. */
    public List<Vouchers.Listed> overview(ShopId shopId, Voucher.@Nullable Status status, java.time.Instant now,
                                          int offset, int limit) {
        return vouchers.overview(shopId, status, now, offset, limit);
    }

    /** How many of the shop's vouchers are in each status at {@code now}. */
    public Vouchers.Counts counts(ShopId shopId, java.time.Instant now) {
        return vouchers.counts(shopId, now);
    }
}
