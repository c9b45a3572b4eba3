package de.stammkunde.domain.tier;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.util.UUID;

/** A loyalty tier: reached with {@code threshold} of qualifying spend in 12 months; multiplies base points. */
public record Tier(ShopId shopId, UUID id, String name, BigDecimal threshold, BigDecimal multiplier) {
    public static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;

    public static Decision check(BigDecimal threshold, BigDecimal multiplier) {
        if (threshold.signum() <= 0) {
            return Decision.reject("tier-threshold", "threshold", "A tier starts above 0");
        }
        if (multiplier.compareTo(BigDecimal.ONE) < 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0
                || multiplier.stripTrailingZeros().scale() > 2) {
            return Decision.reject("tier-multiplier", "multiplier",
                    "A tier multiplies points by 1 to {0}, with at most two decimals", MAX_MULTIPLIER);
        }
        return Decision.ALLOWED;
    }
}
