package de.stammkunde.domain.programme;

import de.stammkunde.domain.ledger.PointsComponent;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EarningPolicyDecisions {
    private final ShopId shop = ShopId.newId();
    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void multipliersDoNotStackTheBestOneApplies() {
        var earning = EarningPolicy.earn(EarningRule.DEFAULT, List.of(multiplier("Doppelt", "2"),
                multiplier("Dreifach", "3")), Money.of("10.00", "EUR"), now);
        assertThat(earning.total()).isEqualTo(30);
        assertThat(earning.components()).extracting(PointsComponent::label).containsExactly("1", "Dreifach");
    }

    @Test
    void fixedBonusesNeedTheirMinimumAndThePeriod() {
        Promotion bonus = new Promotion(shop, UUID.randomUUID(), "Ab 30 EUR", Promotion.Kind.FIXED_BONUS, null, 20L,
                new BigDecimal("30"), now.minusSeconds(60), now.plusSeconds(60), true, null);
        assertThat(EarningPolicy.earn(EarningRule.DEFAULT, List.of(bonus), Money.of("29.99", "EUR"), now).total())
                .isEqualTo(29);
        assertThat(EarningPolicy.earn(EarningRule.DEFAULT, List.of(bonus), Money.of("30.00", "EUR"), now).total())
                .isEqualTo(50);
        assertThat(EarningPolicy.earn(EarningRule.DEFAULT, List.of(bonus), Money.of("30.00", "EUR"),
                now.plusSeconds(60)).total()).as("ends exclusive").isEqualTo(30);
    }

    @Test
    void aRetiredPromotionGivesNothing() {
        Promotion retired = new Promotion(shop, UUID.randomUUID(), "Alt", Promotion.Kind.MULTIPLIER,
                new BigDecimal("2"), null, null, now.minusSeconds(60), now.plusSeconds(60), false, null);
        assertThat(EarningPolicy.earn(EarningRule.DEFAULT, List.of(retired), Money.of("10", "EUR"), now).total())
                .isEqualTo(10);
    }

    private Promotion multiplier(String name, String factor) {
        return new Promotion(shop, UUID.randomUUID(), name, Promotion.Kind.MULTIPLIER, new BigDecimal(factor), null,
                null, now.minusSeconds(3600), now.plusSeconds(3600), true, null);
    }

    private Promotion onCategory(String name, String category, @Nullable String factor, @Nullable Long bonus,
                                 @Nullable String minAmount) {
        return new Promotion(shop, UUID.randomUUID(), name,
                factor != null ? Promotion.Kind.MULTIPLIER : Promotion.Kind.FIXED_BONUS,
                factor == null ? null : new BigDecimal(factor), bonus, minAmount == null ? null : new BigDecimal(minAmount),
                now.minusSeconds(3600), now.plusSeconds(3600), true, category);
    }

    private static List<PurchaseLine> lines(String... categoryAmountPairs) {
        List<PurchaseLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < categoryAmountPairs.length; i += 2) {
            lines.add(new PurchaseLine(categoryAmountPairs[i], new BigDecimal(categoryAmountPairs[i + 1])));
        }
        return lines;
    }

    @Test
    void aCategoryMultiplierCountsOnlyWhatWasSpentInTheCategory() {
        var coffee = onCategory("Kaffee dreifach", "Kaffee", "3", null, null);
        var earning = EarningPolicy.earn(EarningRule.DEFAULT, null, null, List.of(coffee),
                Money.of("20.00", "EUR"), lines("kaffee ", "8.50", "Torten", "6.00"), now);
        assertThat(earning.components()).containsExactly(new PointsComponent("base", "1", 20),
                new PointsComponent("promotion", "Kaffee dreifach", 17));
        assertThat(earning.total()).as("20 base + 8.50 × 1 × (3 − 1)").isEqualTo(37);

        var noCoffee = EarningPolicy.earn(EarningRule.DEFAULT, null, null, List.of(coffee),
                Money.of("20.00", "EUR"), lines("Torten", "6.00"), now);
        assertThat(noCoffee.total()).as("no coffee bought, no coffee bonus").isEqualTo(20);
    }

    @Test
    void aCategoryMultiplierAddsOnlyWhatItBeatsTheOverallMultiplierBy() {
        var weekend = multiplier("Doppelt", "2");
        var coffee = onCategory("Kaffee dreifach", "Kaffee", "3", null, null);
        var lowCoffee = onCategory("Kaffee 1,5", "KAFFEE", "1.5", null, null);
        var earning = EarningPolicy.earn(EarningRule.DEFAULT, null, null, List.of(weekend, coffee, lowCoffee),
                Money.of("20.00", "EUR"), lines("Kaffee", "10.00"), now);
        // 20 base, +20 for doubling everything, +10 for coffee's third "times" (10 × (3 − 2)); 1.5 loses.
        assertThat(earning.components()).containsExactly(new PointsComponent("base", "1", 20),
                new PointsComponent("promotion", "Doppelt", 20), new PointsComponent("promotion", "Kaffee dreifach", 10));

        var beaten = EarningPolicy.earn(EarningRule.DEFAULT, null, null, List.of(multiplier("Dreifach", "3"), coffee),
                Money.of("20.00", "EUR"), lines("Kaffee", "10.00"), now);
        assertThat(beaten.total()).as("triple on everything already covers coffee").isEqualTo(60);
    }

    @Test
    void aCategoryMultiplierRoundsOnceAndDownSoSplittingABasketEarnsNothingExtra() {
        var rule = new EarningRule(new BigDecimal("0.1"), PointsRounding.HALF_UP);
        var coffee = onCategory("Kaffee dreifach", "Kaffee", "3", null, null);
        var one = EarningPolicy.earn(rule, null, null, List.of(coffee), Money.of("5.00", "EUR"),
                lines("Kaffee", "5.00"), now);
        assertThat(one.components()).as("base round(0.5) = 1; coffee 5 × 0.1 × 2 = 1")
                .containsExactly(new PointsComponent("base", "0.1", 1), new PointsComponent("promotion",
                        "Kaffee dreifach", 1));
        var split = EarningPolicy.earn(rule, null, null, List.of(coffee), Money.of("5.00", "EUR"),
                lines("Kaffee", "2.50", "kaffee", "2.50"), now);
        assertThat(split.total()).isEqualTo(one.total());
    }

    @Test
    void categoriesCompareInTheirNormalForm() {
        assertThat(PurchaseLine.normalise("  Caf\u0065\u0301\u00A0 Bar\u200B ")).isEqualTo("café bar");
        assertThat(PurchaseLine.clean("Kaffee\u00A0\u00A0Bohnen")).isEqualTo("Kaffee Bohnen");
        assertThat(PurchaseLine.isValidCategory("\u00A0\u200B")).isFalse();
        assertThat(PurchaseLine.isValidCategory("\u0130".repeat(40))).as("40 characters, 80 in lower case")
                .isFalse();
        assertThat(PurchaseLine.isValidCategory("K".repeat(40) + "  ")).isTrue();
        var earning = EarningPolicy.earn(EarningRule.DEFAULT, null, null,
                List.of(onCategory("Café", "Cafe\u0301", "2", null, null)), Money.of("10.00", "EUR"),
                lines("CAFÉ", "4.00"), now);
        assertThat(earning.total()).isEqualTo(14);
    }

    @Test
    void aCategoryBonusNeedsItsMinimumSpendInTheCategory() {
        var cakes = onCategory("Tortenbonus", "Torten", null, 25L, "15.00");
        assertThat(EarningPolicy.earn(EarningRule.DEFAULT, null, null, List.of(cakes), Money.of("40.00", "EUR"),
                lines("Torten", "14.99", "Brot", "20.00"), now).total()).isEqualTo(40);
        assertThat(EarningPolicy.earn(EarningRule.DEFAULT, null, null, List.of(cakes), Money.of("40.00", "EUR"),
                lines("Torten", "10.00", "torten", "5.00"), now).total()).as("lines of one category add up")
                .isEqualTo(65);
    }

    @Test
    void categoryLinesAreCheckedAgainstThePurchase() {
        var shopEur = new de.stammkunde.domain.shop.Shop(shop, "s", "S", java.util.Currency.getInstance("EUR"),
                java.time.ZoneId.of("Europe/Berlin"));
        Money total = Money.of("20.00", "EUR");
        assertThat(de.stammkunde.domain.purchase.PurchasePolicy.checkLines(shopEur, total,
                lines("Kaffee", "12.00", "Torten", "8.00"))).isEqualTo(Decision.ALLOWED);
        assertThat(rejectedField(de.stammkunde.domain.purchase.PurchasePolicy.checkLines(shopEur, total,
                lines("Kaffee", "12.00", "Torten", "8.01")))).isEqualTo("lines");
        assertThat(rejectedField(de.stammkunde.domain.purchase.PurchasePolicy.checkLines(shopEur, total,
                lines("Kaffee", "1.00", " ", "1.00")))).isEqualTo("lines[1].category");
        assertThat(rejectedField(de.stammkunde.domain.purchase.PurchasePolicy.checkLines(shopEur, total,
                lines("Kaffee", "1.001")))).isEqualTo("lines[0].amount");
        assertThat(rejectedField(de.stammkunde.domain.purchase.PurchasePolicy.checkLines(shopEur, total,
                lines("Kaffee", "0")))).isEqualTo("lines[0].amount");
    }

    private static String rejectedField(Decision decision) {
        return ((Decision.Rejected) decision).rejection().field();
    }
}
