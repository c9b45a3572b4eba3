package de.stammkunde.domain.programme;

import de.stammkunde.domain.ledger.PointsComponent;

import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Points for a purchase: the base rate, plus the best multiplier promotion running at the time of purchase (they
 * do not stack: two "double points" campaigns still mean double), plus for a category with a better multiplier
 * ("triple points on coffee") the difference on what was spent in it (spend × rate × difference, rounded down),
 * plus every fixed-bonus
 * promotion that applies.
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
        return earn(rule, null, null, promotions, amount, List.of(), purchasedAt);
    }

    /**
     * With the customer's tier (its multiplier adds base × (multiplier − 1), next to any promotion) and the
     * purchase's category lines (for category promotions).
     */
    public static Earning earn(EarningRule rule, @Nullable String tierName, @Nullable BigDecimal tierMultiplier,
                               List<Promotion> promotions, Money amount, List<PurchaseLine> lines,
                               Instant purchasedAt) {
        long base = rule.pointsFor(amount);
        List<PointsComponent> parts = new ArrayList<>();
        if (base > 0) {
            parts.add(new PointsComponent("base", rule.basePointsPerUnit().stripTrailingZeros().toPlainString(), base));
        }
        if (tierName != null && tierMultiplier != null && tierMultiplier.compareTo(BigDecimal.ONE) > 0) {
            long extra = extra(base, tierMultiplier.subtract(BigDecimal.ONE));
            if (extra > 0) {
                parts.add(new PointsComponent("tier", tierName, extra));
            }
        }
        List<Promotion> applying = promotions.stream()
                .filter(p -> p.eligibleAmount(purchasedAt, amount.amount(), lines).signum() > 0)
                .toList();
        // Multipliers do not stack: the best one for the whole purchase, and for a category only what its own
        // best multiplier adds on top of that.
        Optional<Promotion> bestOverall = applying.stream()
                .filter(p -> p.kind() == Promotion.Kind.MULTIPLIER && p.multiplier() != null && p.category() == null)
                .max(Comparator.comparing(Promotion::multiplier));
        BigDecimal overall = bestOverall.map(Promotion::multiplier).orElse(BigDecimal.ONE);
        bestOverall.ifPresent(best -> add(parts, best, extra(base, overall.subtract(BigDecimal.ONE))));
        Map<String, Promotion> bestPerCategory = new LinkedHashMap<>();
        applying.stream()
                .filter(p -> p.kind() == Promotion.Kind.MULTIPLIER && p.multiplier() != null && p.category() != null)
                .forEach(p -> bestPerCategory.merge(PurchaseLine.normalise(p.category()), p,
                        (a, b) -> b.multiplier().compareTo(a.multiplier()) > 0 ? b : a));
        for (Promotion best : bestPerCategory.values()) {
            if (best.multiplier().compareTo(overall) > 0) {
                // Exactly spend × rate × (m − overall), rounded down once: splitting a basket into many small
                // lines must not earn more through rounding.
                BigDecimal extra = PurchaseLine.spentIn(lines, best.category()).multiply(rule.basePointsPerUnit())
                        .multiply(best.multiplier().subtract(overall));
                add(parts, best, extra.setScale(0, RoundingMode.DOWN).longValueExact());
            }
        }
        applying.stream()
                .filter(p -> p.kind() == Promotion.Kind.FIXED_BONUS && p.bonusPoints() != null)
                .forEach(p -> add(parts, p, p.bonusPoints()));
        long total = parts.stream().mapToLong(PointsComponent::points).sum();
        return new Earning(total, parts);
    }

    private static long extra(long points, BigDecimal factor) {
        return BigDecimal.valueOf(points).multiply(factor).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    private static void add(List<PointsComponent> parts, Promotion promotion, long points) {
        if (points > 0) {
            parts.add(new PointsComponent("promotion", promotion.name(), points));
        }
    }
}
