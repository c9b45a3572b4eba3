package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.RewardKind;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.StaffId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The owner's goodwill policy, in the shop's currency: what a point is worth (bonus points cost points × it), the
 * shop's monthly goodwill budget (everyone's gestures together), the limits of every agent and, for some agents,
 * their own limits. Owners have no agent limits, but the budget holds for them too.
 */
public record GoodwillPolicy(BigDecimal pointValue, BigDecimal monthlyBudget, AgentLimits agentLimits,
                             Map<StaffId, AgentLimits> limitsOf) {
    public static final GoodwillPolicy DEFAULT = new GoodwillPolicy(new BigDecimal("0.01"),
            new BigDecimal("300.00"), AgentLimits.DEFAULT, Map.of());
    /** The largest amount a limit or budget may have (a small shop; a typo of three zeros is refused). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    public GoodwillPolicy {
        Objects.requireNonNull(pointValue, "pointValue");
        Objects.requireNonNull(monthlyBudget, "monthlyBudget");
        Objects.requireNonNull(agentLimits, "agentLimits");
        limitsOf = Map.copyOf(limitsOf);
    }

    /**
     * What a voucher of {@code reward} given as goodwill costs the shop: its amount off, else its points at
     * {@code pointValue} (one rule for offering and for recommending; the caller rounds to the currency).
     */
    public static BigDecimal voucherValue(Reward reward, BigDecimal pointValue) {
        return reward.kind() == RewardKind.AMOUNT_OFF && reward.amount() != null ? reward.amount().amount()
                : pointValue.multiply(BigDecimal.valueOf(reward.pointsCost()));
    }

    public AgentLimits limitsFor(StaffId agent) {
        return limitsOf.getOrDefault(agent, agentLimits);
    }

    /** Checks the amounts (≥ 0, at most {@link #MAX_AMOUNT}, at most 2 decimals; a point worth more than 0). */
    public GoodwillPolicy validated() {
        if (pointValue.signum() <= 0 || pointValue.compareTo(BigDecimal.TEN) > 0 || pointValue.scale() > 4) {
            Decision.reject("goodwill-point-value", "pointValue",
                    "A point is worth more than 0 and at most 10, with up to 4 decimals").orThrow();
        }
        amount(monthlyBudget, "monthlyBudget");
        limits(agentLimits, "agentLimits");
        limitsOf.forEach((staff, limits) -> limits(limits, "limitsOf"));
        return this;
    }

    private static void limits(AgentLimits limits, String field) {
        amount(limits.perGesture(), field + ".perGesture");
        amount(limits.perCase(), field + ".perCase");
        amount(limits.perMonth(), field + ".perMonth");
    }

    private static void amount(BigDecimal amount, String field) {
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
            Decision.reject("goodwill-amount", field, "An amount from 0 to {0} with at most 2 decimals",
                    MAX_AMOUNT.toPlainString()).orThrow();
        }
    }
}
