package de.stammkunde.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
                new BigDecimal("30"), now.minusSeconds(60), now.plusSeconds(60), true);
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
                new BigDecimal("2"), null, null, now.minusSeconds(60), now.plusSeconds(60), false);
        assertThat(EarningPolicy.earn(EarningRule.DEFAULT, List.of(retired), Money.of("10", "EUR"), now).total())
                .isEqualTo(10);
    }

    private Promotion multiplier(String name, String factor) {
        return new Promotion(shop, UUID.randomUUID(), name, Promotion.Kind.MULTIPLIER, new BigDecimal(factor), null,
                null, now.minusSeconds(3600), now.plusSeconds(3600), true);
    }
}
