package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

/**
 * Parameter recovery: 30,000 customers simulated from known parameters ({@link BgNbdSimulator}, T uniform in 26–78
 * weeks, fixed seeds), fitted, compared with the truth.
 *
 * <p>Tolerance: the sampling error of a maximum-likelihood estimate is what it is, so each log-parameter must lie
 * within 4 standard errors of the true one, the standard errors taken from the observed information (the inverse of
 * minus the Hessian of the log-likelihood at the estimate). With 30,000 customers these are 1.2–6.7 % (largest for a
 * and b, which only the customers' silences inform), so 4 standard errors pin every parameter to within about 27 %;
 * over 40 seeds (10,000 customers each) the standardised errors had mean ≈ 0 and standard deviation 0.93–1.07, as they
 * should. The population-level predictions are much better determined: E[X(t)] for 1 and 2 years must match those
 * of the true parameters within 3 %, P(alive) of three histories within 2 percentage points.
 */
class BgNbdRecoversSimulatedParameters {
    @Test
    void cdnowLikeParameters() {
        recover(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), 20240601L);
    }

    @Test
    void frequentBuyersWithHeterogeneousDropout() {
        recover(new BgNbdParameters(0.8, 10, 0.5, 3), 4711L);
    }

    private static void recover(BgNbdParameters truth, long seed) {
        BgNbdSimulator simulator = new BgNbdSimulator(seed);
        RfmData.Builder builder = RfmData.builder(30_000);
        for (int i = 0; i < 30_000; i++) {
            BgNbdSimulator.Customer c = simulator.customer(truth, simulator.uniform(26, 78));
            builder.add(c.x(), c.tx(), c.T());
        }
        RfmData data = builder.build();
        BgNbdFit fit = BgNbdFitter.fit(data);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.customers()).isEqualTo(30_000);
        BgNbdParameters p = fit.parameters();

        BgNbdLikelihood.Derivatives d = BgNbdLikelihood.of(data).derivatives(p.r(), p.alpha(), p.a(), p.b());
        double[][] covariance = MatrixUtils.inverse(MatrixUtils.createRealMatrix(d.hessian()).scalarMultiply(-1))
                .getData();
        double[] estimate = {p.r(), p.alpha(), p.a(), p.b()};
        double[] actual = {truth.r(), truth.alpha(), truth.a(), truth.b()};
        String[] names = {"r", "alpha", "a", "b"};
        for (int i = 0; i < 4; i++) {
            double standardError = Math.sqrt(covariance[i][i]);
            assertThat(standardError).as("standard error of ln %s", names[i]).isLessThan(0.07);
            assertThat(Math.log(estimate[i] / actual[i])).as("ln %s: estimate %s, truth %s", names[i], estimate[i],
                    actual[i]).isCloseTo(0, within(4 * standardError));
        }
        for (double t : new double[] {52, 104}) {
            double expected = truth.expectedRepeatPurchases(t);
            assertThat(p.expectedRepeatPurchases(t)).as("E[X(%s)]", t).isCloseTo(expected, within(0.03 * expected));
        }
        for (double[] h : new double[][] {{1, 5, 52}, {3, 40, 52}, {6, 20, 52}}) {
            double expected = truth.pAlive((int) h[0], h[1], h[2]);
            assertThat(p.pAlive((int) h[0], h[1], h[2])).as("P(alive | %s)", java.util.Arrays.toString(h))
                    .isCloseTo(expected, within(0.02));
        }
    }
}
