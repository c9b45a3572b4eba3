package de.stammkunde.domain.purchase;

import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.util.Optional;

/** Port: what a shop's purchases usually amount to (for {@link PurchasePlausibility}). May be cached for an hour. */
public interface PurchaseStatistics {
    /** Fewer purchases in the last year than this say nothing about what is usual. */
    int MIN_PURCHASES = 30;

    /** The 95th percentile of the shop's purchase amounts of the last 365 days; empty below {@link #MIN_PURCHASES}. */
    Optional<BigDecimal> usualUpTo(ShopId shopId);
}
