package de.stammkunde.domain.tier;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;

/** Read use cases: the shop's tiers and grace period, a customer's tier status and history. */
public final class TierQueries {
    public static final int MAX_HISTORY = 100;

    private final Tiers tiers;
    private final TierEvaluation evaluation;

    public TierQueries(Tiers tiers, TierEvaluation evaluation) {
        this.tiers = tiers;
        this.evaluation = evaluation;
    }

    /** Lowest threshold first. */
    public List<Tier> tiers(ShopId shopId) {
        return tiers.all(shopId);
    }

    public int graceDays(ShopId shopId) {
        return tiers.graceDays(shopId);
    }

    public TierEvaluation.Status status(ShopId shopId, CustomerId customerId) {
        return evaluation.status(shopId, customerId);
    }

    /** Newest first. */
    public List<TierChange> history(ShopId shopId, CustomerId customerId, int limit) {
        return tiers.history(shopId, customerId, Math.clamp(limit, 1, MAX_HISTORY));
    }
}
