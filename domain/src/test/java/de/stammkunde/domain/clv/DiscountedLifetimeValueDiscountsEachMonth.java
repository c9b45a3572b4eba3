package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The discounted expected purchases: month by month increments of E[Y(t)], discounted at the monthly rate. */
class DiscountedLifetimeValueDiscountsEachMonth {
    private static final BgNbdParameters P = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    private static final double WEEKS_PER_MONTH = 52.0 / 12.0;

    @Test
    void withoutDiscountingItIsTheExpectationOverTheWholeHorizon() {
        for (int[] h : new int[][] {{0, 0, 30}, {2, 20, 39}, {7, 38, 39}, {12, 10, 52}}) {
            double plain = P.conditionalExpectedPurchases(36 * WEEKS_PER_MONTH, h[0], h[1], h[2]);
            assertThat(DiscountedLifetimeValue.discountedExpectedPurchases(P, h[0], h[1], h[2], 36, 0))
                    .isCloseTo(plain, within(1e-13 * plain));
        }
    }

    @Test
    void eachMonthIsDiscountedAtTheMonthlyEquivalentOfTheAnnualRate() {
        // written out: i = 1.1^(1/12) - 1, sum of (E[Y(m w)] - E[Y((m-1) w)]) / (1 + i)^m
        double monthly = Math.pow(1.1, 1.0 / 12) - 1;
        double expected = 0;
        for (int m = 1; m <= 60; m++) {
            double increment = P.conditionalExpectedPurchases(m * WEEKS_PER_MONTH, 3, 30, 39)
                    - P.conditionalExpectedPurchases((m - 1) * WEEKS_PER_MONTH, 3, 30, 39);
            expected += increment / Math.pow(1 + monthly, m);
        }
        assertThat(DiscountedLifetimeValue.discountedExpectedPurchases(P, 3, 30, 39, 60, 0.1))
                .isCloseTo(expected, within(1e-12 * expected));
        // one month: E[Y(w)] / 1.1^(1/12)
        assertThat(DiscountedLifetimeValue.discountedExpectedPurchases(P, 3, 30, 39, 1, 0.1))
                .isCloseTo(P.conditionalExpectedPurchases(WEEKS_PER_MONTH, 3, 30, 39) / Math.pow(1.1, 1.0 / 12),
                        within(1e-14));
    }

    @Test
    void longerHorizonsAddAndHigherRatesSubtract() {
        double previous = 0;
        for (int months = 1; months <= 120; months++) {
            double value = DiscountedLifetimeValue.discountedExpectedPurchases(P, 2, 30.43, 38.86, months, 0.08);
            assertThat(value).isGreaterThan(previous);
            previous = value;
        }
        assertThat(DiscountedLifetimeValue.discountedExpectedPurchases(P, 2, 30.43, 38.86, 0, 0.08)).isZero();
        double low = DiscountedLifetimeValue.discountedExpectedPurchases(P, 2, 30.43, 38.86, 60, 0.02);
        double high = DiscountedLifetimeValue.discountedExpectedPurchases(P, 2, 30.43, 38.86, 60, 0.2);
        assertThat(high).isLessThan(low);
        // a negative rate (> -1) is allowed and values the future more
        assertThat(DiscountedLifetimeValue.discountedExpectedPurchases(P, 2, 30.43, 38.86, 60, -0.05))
                .isGreaterThan(low);
    }

    @Test
    void aLifetimeValueIsPurchasesTimesValueTimesMargin() {
        // how the parts fit together for customer 1 of CDNOW (x = 2, m_x = 22.35): 5 years at 10 %, 30 % margin
        GammaGammaParameters spend = new GammaGammaParameters(6.25, 3.74, 15.44);
        double purchases = DiscountedLifetimeValue.discountedExpectedPurchases(P, 2, 30.43, 38.86, 60, 0.1);
        double value = spend.conditionalExpectedValue(2, 22.35);
        double clv = purchases * value * 0.3;
        assertThat(purchases).isBetween(1.0, P.conditionalExpectedPurchases(260, 2, 30.43, 38.86));
        assertThat(clv).isCloseTo(purchases * 24.6637 * 0.3, within(1e-4 * clv));
    }
}
