package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

/**
 * Gamma-Gamma parameter recovery: purchase counts from the BG/NBD simulation (CDNOW-like, 40,000 customers, about
 * 18,000 with a repeat purchase), a spend rate ν ~ Gamma(q, γ) per customer and each repeat purchase's value ~
 * Gamma(p, ν); fitted on the customers with x ≥ 1 and the mean of their repeat purchases.
 *
 * <p>p, q and γ trade off against each other (the likelihood has a long ridge), so they are checked loosely: within 4
 * standard errors from the observed information (numerical Hessian of the log-likelihood in the log-parameters), which
 * are 4–8 % here. What the model is used for is checked tightly: the population mean value pγ/(q−1) within 3 % and
 * E[M | x, m<sub>x</sub>] for typical customers within 2 % of the values under the true parameters.
 */
class GammaGammaRecoversSimulatedParameters {
    @Test
    void cdnowLikeSpend() {
        GammaGammaParameters truth = new GammaGammaParameters(6.25, 3.74, 15.44);
        BgNbdParameters purchases = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        BgNbdSimulator simulator = new BgNbdSimulator(2013);
        int n = 40_000;
        int[] x = new int[n];
        double[] m = new double[n];
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            BgNbdSimulator.Customer c = simulator.customer(purchases, simulator.uniform(26, 78));
            x[i] = c.x();
            w[i] = 1;
            m[i] = c.x() == 0 ? Double.NaN : simulator.meanValue(truth, simulator.nu(truth), c.x());
        }
        GammaGammaFit fit = GammaGammaFitter.fit(x, m, w, n);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.customers()).isGreaterThan(15_000);
        GammaGammaParameters p = fit.parameters();

        double[] estimate = {Math.log(p.p()), Math.log(p.q()), Math.log(p.gamma())};
        double[] actual = {Math.log(truth.p()), Math.log(truth.q()), Math.log(truth.gamma())};
        double[][] covariance = MatrixUtils.inverse(MatrixUtils.createRealMatrix(
                numericalHessian(GammaGammaFitter.Data.of(x, m, w, n), estimate))
                .scalarMultiply(-1)).getData();
        String[] names = {"p", "q", "gamma"};
        for (int i = 0; i < 3; i++) {
            double standardError = Math.sqrt(covariance[i][i]);
            assertThat(standardError).as("standard error of ln %s", names[i]).isLessThan(0.1);
            assertThat(estimate[i] - actual[i]).as("ln %s: %s vs %s", names[i], Math.exp(estimate[i]),
                    Math.exp(actual[i])).isCloseTo(0, within(4 * standardError));
        }
        assertThat(p.populationMeanValue()).isCloseTo(truth.populationMeanValue(),
                within(0.03 * truth.populationMeanValue()));
        for (double[] c : new double[][] {{1, 20}, {2, 35}, {5, 60}, {10, 25}}) {
            double expected = truth.conditionalExpectedValue((int) c[0], c[1]);
            assertThat(p.conditionalExpectedValue((int) c[0], c[1])).as("E[M | x = %s, m = %s]", c[0], c[1])
                    .isCloseTo(expected, within(0.02 * expected));
        }
    }

    /** Central second differences of the log-likelihood in the log-parameters, step 10^-3. */
    private static double[][] numericalHessian(GammaGammaFitter.Data data, double[] at) {
        double h = 1e-3;
        double[][] hessian = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double[] pp = at.clone();
                double[] pm = at.clone();
                double[] mp = at.clone();
                double[] mm = at.clone();
                pp[i] += h;
                pp[j] += h;
                pm[i] += h;
                pm[j] -= h;
                mp[i] -= h;
                mp[j] += h;
                mm[i] -= h;
                mm[j] -= h;
                hessian[i][j] = (ll(data, pp) - ll(data, pm) - ll(data, mp) + ll(data, mm)) / (4 * h * h);
            }
        }
        return hessian;
    }

    private static double ll(GammaGammaFitter.Data data, double[] p) {
        return data.logLikelihood(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]));
    }
}
