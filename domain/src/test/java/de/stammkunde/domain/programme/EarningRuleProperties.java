package de.stammkunde.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.RejectedException;
import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class EarningRuleProperties {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void theDefaultRuleGivesOnePointPerEuroRoundedDown() {
        assertThat(EarningRule.DEFAULT.pointsFor(Money.of("25.00", "EUR"))).isEqualTo(25);
        assertThat(EarningRule.DEFAULT.pointsFor(Money.of("25.99", "EUR"))).isEqualTo(25);
        assertThat(EarningRule.DEFAULT.pointsFor(Money.of("0.99", "EUR"))).isZero();
        assertThat(new EarningRule(new BigDecimal("2.5")).pointsFor(Money.of("10.99", "EUR"))).isEqualTo(27);
    }

    @Property
    void pointsAreNeverMoreThanTheRateAllowsNorAWholePointLess(
            @ForAll @BigRange(min = "0.01", max = "1000000") @Scale(2) BigDecimal amount,
            @ForAll @BigRange(min = "0", max = "1000") @Scale(4) BigDecimal rate) {
        long points = new EarningRule(rate).pointsFor(new Money(amount, EUR));
        BigDecimal exact = amount.multiply(rate);
        assertThat(BigDecimal.valueOf(points)).isLessThanOrEqualTo(exact);
        assertThat(BigDecimal.valueOf(points + 1)).isGreaterThan(exact);
    }

    @Property
    void commercialRoundingIsNeverMoreThanHalfAPointOff(
            @ForAll @BigRange(min = "0.01", max = "1000000") @Scale(2) BigDecimal amount,
            @ForAll @BigRange(min = "0", max = "1000") @Scale(4) BigDecimal rate) {
        long points = new EarningRule(rate, PointsRounding.HALF_UP).pointsFor(new Money(amount, EUR));
        assertThat(BigDecimal.valueOf(points).subtract(amount.multiply(rate)).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.5"));
    }

    @Property
    void aBiggerPurchaseNeverEarnsFewerPoints(
            @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal amount,
            @ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal more,
            @ForAll @BigRange(min = "0", max = "50") @Scale(4) BigDecimal rate) {
        EarningRule rule = new EarningRule(rate);
        assertThat(rule.pointsFor(new Money(amount.add(more), EUR)))
                .isGreaterThanOrEqualTo(rule.pointsFor(new Money(amount, EUR)));
    }

    @Test
    void ratesOutsideTheRangeOrTooPreciseAreRejected() {
        assertThat(EarningRule.check(new BigDecimal("-1"))).isInstanceOf(Decision.Rejected.class);
        assertThat(EarningRule.check(new BigDecimal("1000.0001"))).isInstanceOf(Decision.Rejected.class);
        assertThat(EarningRule.check(new BigDecimal("0.00001"))).isInstanceOf(Decision.Rejected.class);
        assertThat(EarningRule.check(new BigDecimal("0.0001"))).isEqualTo(Decision.ALLOWED);
        assertThatThrownBy(() -> new EarningRule(new BigDecimal("-0.5"))).isInstanceOf(RejectedException.class);
    }
}
