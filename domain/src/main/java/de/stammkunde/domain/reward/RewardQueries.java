package de.stammkunde.domain.reward;

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
}
