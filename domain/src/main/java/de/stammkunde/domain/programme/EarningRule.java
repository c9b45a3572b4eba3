package de.stammkunde.domain.programme;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How many points a purchase earns: {@code basePointsPerUnit} points per 1.00 of the shop's currency, rounded
 * down to whole points (a customer never gets a fraction, and never more than the rule says).
 */
public record EarningRule(BigDecimal basePointsPerUnit) {
    static final BigDecimal MAX_RATE = new BigDecimal("1000");
    public static final EarningRule DEFAULT = new EarningRule(BigDecimal.ONE);

    public EarningRule {
        Objects.requireNonNull(basePointsPerUnit, "basePointsPerUnit");
        check(basePointsPerUnit).orThrow();
    }

    public static Decision check(BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(MAX_RATE) > 0) {
            return Decision.reject("invalid-earning-rate", "basePointsPerUnit",
                    "Points per currency unit must be between 0 and {0}", MAX_RATE.toPlainString());
        }
        if (rate.stripTrailingZeros().scale() > 4) {
            return Decision.reject("invalid-earning-rate", "basePointsPerUnit",
                    "Points per currency unit may have at most 4 decimal places");
        }
        return Decision.ALLOWED;
    }

    public long pointsFor(Money amount) {
        if (!amount.isPositive()) {
            return 0;
        }
        return amount.amount().multiply(basePointsPerUnit).setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
