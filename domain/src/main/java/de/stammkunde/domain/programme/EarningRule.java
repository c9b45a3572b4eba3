package de.stammkunde.domain.programme;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The base rate: {@code basePointsPerUnit} points per 1.00 of the shop's currency, rounded to whole points as the
 * shop chose (down by default: a customer never gets more than the rate says).
 */
public record EarningRule(BigDecimal basePointsPerUnit, PointsRounding rounding) {
    static final BigDecimal MAX_RATE = new BigDecimal("1000");
    public static final EarningRule DEFAULT = new EarningRule(BigDecimal.ONE, PointsRounding.DOWN);

    public EarningRule {
        Objects.requireNonNull(basePointsPerUnit, "basePointsPerUnit");
        Objects.requireNonNull(rounding, "rounding");
        check(basePointsPerUnit).orThrow();
    }

    public EarningRule(BigDecimal basePointsPerUnit) {
        this(basePointsPerUnit, PointsRounding.DOWN);
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
        return amount.amount().multiply(basePointsPerUnit).setScale(0, rounding.mode()).longValueExact();
    }
}
