package de.stammkunde.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Category promotions cannot be gamed by how a till writes the lines, and never take points away. */
class CategoryPromotionProperties {
    private static final ShopId SHOP = ShopId.newId();
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Promotion multiplier(String name, String factor, String category) {
        return new Promotion(SHOP, UUID.randomUUID(), name, Promotion.Kind.MULTIPLIER, new BigDecimal(factor), null,
                null, NOW.minusSeconds(60), NOW.plusSeconds(60), true, category);
    }

    @Property(tries = 1000)
    void splittingACategoryIntoSeveralLinesEarnsTheSame(
            @ForAll @BigRange(min = "0.01", max = "5000") @Scale(2) BigDecimal coffee,
            @ForAll @IntRange(min = 2, max = 7) int pieces,
            @ForAll @BigRange(min = "0", max = "20") @Scale(4) BigDecimal rate,
            @ForAll boolean halfUp,
            @ForAll @BigRange(min = "1.01", max = "10") @Scale(2) BigDecimal factor,
            @ForAll @BigRange(min = "0", max = "500") @Scale(2) BigDecimal rest) {
        EarningRule rule = new EarningRule(rate, halfUp ? PointsRounding.HALF_UP : PointsRounding.DOWN);
        List<Promotion> promotions = List.of(multiplier("Kaffee", factor.toPlainString(), "Kaffee"),
                multiplier("Doppelt", "2", null));
        Money amount = Money.of(coffee.add(rest).toPlainString(), "EUR");

        long whole = EarningPolicy.earn(rule, null, null, promotions, amount,
                List.of(new PurchaseLine("Kaffee", coffee)), NOW).total();
        long split = EarningPolicy.earn(rule, null, null, promotions, amount, split(coffee, pieces), NOW).total();

        assertThat(split).isEqualTo(whole);
    }

    @Property(tries = 1000)
    void aCategoryLineNeverLowersThePointsAndAddsAtMostItsShare(
            @ForAll @BigRange(min = "0.01", max = "5000") @Scale(2) BigDecimal coffee,
            @ForAll @BigRange(min = "0", max = "500") @Scale(2) BigDecimal rest,
            @ForAll @BigRange(min = "0", max = "20") @Scale(4) BigDecimal rate,
            @ForAll @BigRange(min = "1.01", max = "10") @Scale(2) BigDecimal factor) {
        EarningRule rule = new EarningRule(rate);
        List<Promotion> promotions = List.of(multiplier("Kaffee", factor.toPlainString(), "Kaffee"));
        Money amount = Money.of(coffee.add(rest).toPlainString(), "EUR");

        long without = EarningPolicy.earn(rule, null, null, promotions, amount, List.of(), NOW).total();
        long with = EarningPolicy.earn(rule, null, null, promotions, amount,
                List.of(new PurchaseLine("Kaffee", coffee)), NOW).total();

        assertThat(with).isGreaterThanOrEqualTo(without);
        assertThat(BigDecimal.valueOf(with - without)).isLessThanOrEqualTo(
                coffee.multiply(rate).multiply(factor.subtract(BigDecimal.ONE)).setScale(0, RoundingMode.DOWN));
    }

    /** The amount in n lines of the same category (various spellings), adding up exactly. */
    private static List<PurchaseLine> split(BigDecimal amount, int pieces) {
        String[] spellings = {"Kaffee", "kaffee", " KAFFEE ", "Kaffee\u00A0"};
        List<PurchaseLine> lines = new ArrayList<>();
        BigDecimal part = amount.divide(BigDecimal.valueOf(pieces), 2, RoundingMode.DOWN);
        BigDecimal left = amount;
        for (int i = 0; i < pieces - 1 && part.signum() > 0; i++) {
            lines.add(new PurchaseLine(spellings[i % spellings.length], part));
            left = left.subtract(part);
        }
        lines.add(new PurchaseLine("Kaffee", left));
        return lines;
    }
}
