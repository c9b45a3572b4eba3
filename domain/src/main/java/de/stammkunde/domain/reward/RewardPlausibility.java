package de.stammkunde.domain.reward;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.Rejection;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Whether a reward gives back an unusual share of what it took to earn its points: a "5.00 off" for 500 points at one
 * point per euro returns 1 % of the spend, a "99.00 off" for 10 points returns 990 %. Loyalty programmes give back a
 * few percent; above {@link #MAX_SHARE_PERCENT} of the spend (or more than that percent off a purchase) the owner
 * must confirm — it may be a deliberate give-away, but it is far more often a slip of the keyboard.
 */
public final class RewardPlausibility {
    static final BigDecimal MAX_SHARE_PERCENT = new BigDecimal("50");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private RewardPlausibility() {
    }

    /** {@code pointsPerUnit}: the programme's base earning rate (points per 1.00 of the currency). */
    public static Decision check(RewardKind kind, long pointsCost, @Nullable Money amount,
                                 @Nullable BigDecimal percent, BigDecimal pointsPerUnit) {
        if (kind == RewardKind.AMOUNT_OFF && amount != null && pointsPerUnit.signum() > 0) {
            BigDecimal spend = BigDecimal.valueOf(pointsCost).divide(pointsPerUnit, MathContext.DECIMAL64);
            BigDecimal share = amount.amount().multiply(HUNDRED).divide(spend, 0, RoundingMode.HALF_UP);
            if (share.compareTo(MAX_SHARE_PERCENT) > 0) {
                int digits = Math.max(amount.currency().getDefaultFractionDigits(), 0);
                return new Decision.Rejected(Rejection.of("implausible-reward", "amount",
                        "{0} {1} for {2} points gives back {3} % of the {4} {1} a customer spends to earn them. "
                                + "Check the amount and the points, or confirm it.",
                        amount.amount(), amount.currency().getCurrencyCode(), pointsCost, share,
                        spend.setScale(digits, RoundingMode.HALF_UP))
                        .withDetail("sharePercent", share.toPlainString())
                        .withDetail("confirmable", "true"));
            }
        }
        if (kind == RewardKind.PERCENT_OFF && percent != null && percent.compareTo(MAX_SHARE_PERCENT) > 0) {
            return new Decision.Rejected(Rejection.of("implausible-percent", "percent",
                    "{0} % off is more than half of a purchase. Check the percentage, or confirm it.", percent)
                    .withDetail("confirmable", "true"));
        }
        return Decision.ALLOWED;
    }
}
