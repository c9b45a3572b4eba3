package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Customers with thousands of repeat purchases: Γ(r+x), (α+T)<sup>r+x</sup> and 2F1(r+x, b+x; …) are all far beyond
 * the double range on their own; log space, the log-sum-exp and Euler's transformation keep every result finite and
 * accurate. Reference values: Python mpmath with 50 digits on the untransformed formulas.
 */
class LargeHistoriesStayFinite {
    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    @Test
    void twoThousandPurchasesUpToLastWeek() {
        int x = 2000;
        double T = 100;
        double tx = T - 0.1;
        assertThat(CDNOW.logLikelihood(x, tx, T)).isCloseTo(3896.6007895150978911, within(1e-9 * 3896.6));
        double alive = CDNOW.pAlive(x, tx, T);
        assertThat(alive).isBetween(0.0, 1.0).isCloseTo(0.99731381805287133236, within(1e-14));
        double expected = CDNOW.conditionalExpectedPurchases(10, x, tx, T);
        assertThat(expected).isCloseTo(184.19462732586927038, within(1e-12 * 184.2));
        // about the rate one would expect: posterior mean rate (r+x)/(alpha+T) = 19.157 a week for 10 weeks, times
        // P(alive), less a little for dropping out (posterior mean dropout a/(a+b+x) = 0.0004 per purchase)
        double rate = (CDNOW.r() + x) / (CDNOW.alpha() + T);
        assertThat(expected).isBetween(0.95 * alive * rate * 10, alive * rate * 10);
    }

    @Test
    void aHundredThousandPurchases() {
        int x = 100_000;
        assertThat(CDNOW.logLikelihood(x, 99.99, 100)).isCloseTo(586443.69229537319141, within(1e-9 * 586443.7));
        // T - tx = 100 - 99.99 is 0.01 only to 5e-13 in binary, and P(alive) depends on (r+x)(T-tx): hence 1e-11
        assertThat(CDNOW.pAlive(x, 99.99, 100)).isCloseTo(0.89725870526365877120, within(1e-11));
        assertThat(CDNOW.conditionalExpectedPurchases(52, x, 99.99, 100))
                .isCloseTo(37822.235467683943941, within(1e-11 * 37822.2));
        assertThat(DiscountedLifetimeValue.discountedExpectedPurchases(CDNOW, x, 99.99, 100, 24, 0.1)).isFinite()
                .isPositive();
    }

    @Test
    void aHeavyBuyerWhoStoppedLongAgoIsAlmostSurelyGone() {
        // P(alive) = 1.7e-563 and E[Y(52)] = 1.5e-560 are below the smallest double: 0, not NaN
        assertThat(CDNOW.pAlive(2000, 50, 100)).isZero();
        assertThat(CDNOW.conditionalExpectedPurchases(52, 2000, 50, 100)).isZero();
        assertThat(CDNOW.logLikelihood(2000, 50, 100)).isFinite();
    }

    @Test
    void aFitWithSomeVeryHeavyBuyers() {
        RfmData.Builder builder = RfmData.builder();
        BgNbdSimulator simulator = new BgNbdSimulator(3);
        for (int i = 0; i < 5000; i++) {
            BgNbdSimulator.Customer c = simulator.customer(CDNOW, simulator.uniform(26, 78));
            builder.add(c.x(), c.tx(), c.T());
        }
        builder.add(2000, 77.9, 78).add(5000, 60, 78).add(800, 10, 70);
        BgNbdFit fit = BgNbdFitter.fit(builder.build());
        assertThat(fit.converged()).isTrue();
        assertThat(fit.logLikelihood()).isFinite();
        assertThat(fit.parameters().conditionalExpectedPurchases(52, 5000, 60, 78)).isFinite();
    }
}
