package de.stammkunde.domain.programme;

import de.stammkunde.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Points for a purchase: the base rate, plus the best multiplier promotion running at the time of purchase (they
 * do not stack: two "double points" campaigns still mean double), plus every fixed-bonus promotion that applies.
 * Returns each part with the rule that produced it, so customers and agents can see why.
 */
public final class EarningPolicy {
    public record Earning(long total, List<PointsComponent> components) {
        public Earning {
            components = List.copyOf(components);
        }
    }

    private EarningPolicy() {
    }

    public static Earning earn(EarningRule rule, List<Promotion> promotions, Money amount, Instant purchasedAt) {
        return earn(rule, null, null, promotions, amount, purchasedAt);
    }

    /** With the customer's tier: its multiplier adds base × (multiplier − 1), next to any promotion. */
    public static Earning earn(EarningRule rule, @Nullable String tierName, @Nullable BigDecimal tierMultiplier,
                               List<Promotion> promotions, Money amount, Instant purchasedAt) {
        long base = rule.pointsFor(amount);
        List<PointsComponent> parts = new ArrayList<>();
        if (base > 0) {
            parts.add(new PointsComponent("base", rule.basePointsPerUnit().stripTrailingZeros().toPlainString(), base));
        }
        if (tierName != null && tierMultiplier != null && tierMultiplier.compareTo(BigDecimal.ONE) > 0) {
            long extra = BigDecimal.valueOf(base).multiply(tierMultiplier.subtract(BigDecimal.ONE))
                    .setScale(0, RoundingMode.DOWN).longValueExact();
            if (extra > 0) {
                parts.add(new PointsComponent("tier", tierName, extra));
            }
        }
        List<Promotion> applying = promotions.stream().filter(p -> p.appliesTo(purchasedAt, amount.amount()))
                .toList();
        applying.stream()
                .filter(p -> p.kind() == Promotion.Kind.MULTIPLIER && p.multiplier() != null)
                .max(Comparator.comparing(Promotion::multiplier))
                .ifPresent(best -> {
                    long extra = BigDecimal.valueOf(base).multiply(best.multiplier().subtract(BigDecimal.ONE))
                            .setScale(0, RoundingMode.DOWN).longValueExact();
                    if (extra > 0) {
                        parts.add(new PointsComponent("promotion", best.name(), extra));
                    }
                });
        applying.stream()
                .filter(p -> p.kind() == Promotion.Kind.FIXED_BONUS && p.bonusPoints() != null)
                .forEach(p -> parts.add(new PointsComponent("promotion", p.name(), p.bonusPoints())));
        long total = parts.stream().mapToLong(PointsComponent::points).sum();
        return new Earning(total, parts);
    }
}
