package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The analytic gradient and Hessian of the BG/NBD log-likelihood (used by the fitter's Newton steps) against central
 * finite differences of the log-likelihood itself, in the log-parameters, on simulated data with customers with and
 * without repeat purchases, and with a &lt; 1 and a &gt; 1.
 */
class BgNbdGradientMatchesFiniteDifferences {
    @Test
    void gradientAndHessianAgreeWithFiniteDifferences() {
        check(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), new double[] {-1.3, 1.6, -0.1, 0.7});
        check(new BgNbdParameters(0.8, 10, 0.5, 3), new double[] {0.1, 2.0, -0.9, 1.3});
        check(new BgNbdParameters(2, 3, 5, 40), new double[] {0.5, 1.2, 1.4, 3.5});
    }

    private static void check(BgNbdParameters truth, double[] at) {
        BgNbdSimulator simulator = new BgNbdSimulator(17);
        RfmData.Builder builder = RfmData.builder();
        for (int i = 0; i < 3000; i++) {
            BgNbdSimulator.Customer c = simulator.customer(truth, simulator.uniform(10, 80));
            builder.add(c.x(), c.tx(), c.T());
        }
        BgNbdLikelihood likelihood = BgNbdLikelihood.of(builder.build());
        BgNbdLikelihood.Derivatives d = likelihood.derivatives(Math.exp(at[0]), Math.exp(at[1]), Math.exp(at[2]),
                Math.exp(at[3]));
        assertThat(d.value()).isCloseTo(ll(likelihood, at), within(1e-9 * Math.abs(d.value())));
        double h = 1e-4;
        for (int i = 0; i < 4; i++) {
            double[] plus = at.clone();
            double[] minus = at.clone();
            plus[i] += h;
            minus[i] -= h;
            // central differences: truncation error O(h^2 f''') ~ 1e-8 relative, rounding ~ 1e-16 |f| / h
            double numeric = (ll(likelihood, plus) - ll(likelihood, minus)) / (2 * h);
            assertThat(d.gradient()[i]).as("gradient %d", i)
                    .isCloseTo(numeric, within(1e-6 * (Math.abs(numeric) + Math.abs(d.value()) * 1e-3)));
            for (int j = 0; j < 4; j++) {
                double[] pp = plus.clone();
                double[] pm = plus.clone();
                double[] mp = minus.clone();
                double[] mm = minus.clone();
                pp[j] += h;
                pm[j] -= h;
                mp[j] += h;
                mm[j] -= h;
                double second = (ll(likelihood, pp) - ll(likelihood, pm) - ll(likelihood, mp) + ll(likelihood, mm))
                        / (4 * h * h);
                assertThat(d.hessian()[i][j]).as("hessian %d %d", i, j)
                        .isCloseTo(second, within(1e-4 * (Math.abs(second) + Math.abs(d.hessian()[i][i])) + 1e-3));
            }
        }
    }

    private static double ll(BgNbdLikelihood likelihood, double[] p) {
        return likelihood.logLikelihood(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]));
    }
}
