package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published CDNOW figures: Fader, Hardie &amp; Lee (2005) for the BG/NBD, Fader &amp; Hardie (2013) for the
 * Gamma-Gamma model, the numbers of Hardie's spreadsheets as reproduced by the tests of the Python "lifetimes"
 * package, and 60-digit recomputations (Python mpmath) of the formulas at the published parameters.
 */
class CdnowReferenceValues {
    private static final BgNbdParameters PUBLISHED = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    @Test
    void theBgNbdFitReproducesThePublishedEstimatesAndLikelihood() {
        BgNbdFit fit = BgNbdFitter.fit(CdnowSample.rfm());
        // published to three decimals: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4
        assertThat(fit.converged()).isTrue();
        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.parameters().r()).isCloseTo(0.243, within(0.0005));
        assertThat(fit.parameters().alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(fit.parameters().a()).isCloseTo(0.793, within(0.0005));
        assertThat(fit.parameters().b()).isCloseTo(2.426, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        // the maximum: no published parameter set (rounded) is better
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(PUBLISHED.logLikelihood(CdnowSample.rfm()));
    }

    @Test
    void theLikelihoodAtThePublishedParameters() {
        // sum over the 2,357 customers of A1 + A2 + ln(e^A3 + delta e^A4), recomputed independently in double
        // precision with scipy's gammaln and numpy's logaddexp: -9582.426831182365
        assertThat(PUBLISHED.logLikelihood(CdnowSample.rfm())).isCloseTo(-9582.426831182365, within(1e-7));
    }

    @Test
    void theConditionalExpectationOfHardiesSpreadsheet() {
        // customer 1: x = 2, tx = 30.43, T = 38.86, t = 39 weeks. Hardie's sheet (and lifetimes): 1.226.
        // P(alive) = 1/(1 + a/(b+x-1) ((alpha+T)/(alpha+tx))^(r+x)) = 1/(1 + 0.793/3.426 (43.274/34.844)^2.243)
        //          = 1/(1 + 0.231465 * 1.625789) = 0.726579;
        // times E[X(39)] of eq. (9) with r+x = 2.243, alpha+T = 43.274, a = 0.793, b+x = 4.426: 1.687399 -> 1.226028.
        // mpmath (60 digits): 1.2260281747671444463
        double expected = PUBLISHED.conditionalExpectedPurchases(39, 2, 30.43, 38.86);
        assertThat(expected).isCloseTo(1.226, within(0.001));
        assertThat(expected).isCloseTo(1.2260281747671444463, within(1e-14));
        assertThat(PUBLISHED.pAlive(2, 30.43, 38.86)).isCloseTo(0.72657857008067291068, within(1e-15));
        assertThat(new BgNbdParameters(2.243, 43.274, 0.793, 4.426).expectedRepeatPurchases(39))
                .isCloseTo(1.687399305805313, within(1e-13));
    }

    @Test
    void theUnconditionalExpectationsOfHardiesSpreadsheet() {
        // E[X(t)] at the fitted parameters for t = 1 day, 1, 3, 31.86, 32 and 78 weeks (as in lifetimes' test)
        BgNbdParameters fitted = BgNbdFitter.fit(CdnowSample.rfm()).parameters();
        double[] t = {0.1429, 1, 3, 31.8571, 32, 78};
        double[] sheet = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < t.length; i++) {
            assertThat(fitted.expectedRepeatPurchases(t[i])).as("E[X(%s)]", t[i]).isCloseTo(sheet[i], within(0.001));
        }
    }

    @Test
    void theGammaGammaFitReproducesThePublishedEstimates() {
        List<CdnowSample.Customer> customers = CdnowSample.customers();
        int n = customers.size();
        int[] x = new int[n];
        double[] m = new double[n];
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = customers.get(i).x();
            m[i] = customers.get(i).meanValue();
            w[i] = 1;
        }
        GammaGammaFit fit = GammaGammaFitter.fit(x, m, w, n);
        // published: p = 6.25, q = 3.74, gamma = 15.44, on the 946 customers with a repeat purchase
        assertThat(fit.converged()).isTrue();
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.parameters().p()).isCloseTo(6.25, within(0.01));
        assertThat(fit.parameters().q()).isCloseTo(3.74, within(0.01));
        assertThat(fit.parameters().gamma()).isCloseTo(15.44, within(0.01));
        // LL at the optimum, recomputed with scipy: -4055.92324
        assertThat(fit.logLikelihood()).isCloseTo(-4055.9232, within(0.001));
        // Hardie's spreadsheet (note 025), E[M | x, m_x] of the first ten customers, to 0.1 as in lifetimes;
        // x = 0 gives the population mean p gamma / (q - 1) = 35.17
        double[] sheet = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        for (int i = 0; i < sheet.length; i++) {
            assertThat(fit.parameters().conditionalExpectedValue(x[i], m[i])).isCloseTo(sheet[i], within(0.1));
        }
        // E[M | x = 2, m = 22.35] = p (gamma + m x)/(p x + q - 1) = 6.25 (15.44 + 44.70)/(12.5 + 2.74) = 24.6637
        assertThat(new GammaGammaParameters(6.25, 3.74, 15.44).conditionalExpectedValue(2, 22.35))
                .isCloseTo(6.25 * (15.44 + 44.70) / (12.5 + 2.74), within(1e-12));
    }
}
