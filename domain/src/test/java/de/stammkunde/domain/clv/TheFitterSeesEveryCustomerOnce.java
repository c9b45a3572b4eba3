package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The fitter's fast likelihood (merged rows, cached lnΓ per x, cached logarithms of day-resolution times, parallel
 * chunks) is the plain sum of the per-customer log-likelihoods; weights are customers; a fit is reproducible; and a
 * data set without a maximum inside the parameter box ends, reported as not converged.
 */
class TheFitterSeesEveryCustomerOnce {
    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    private static RfmData simulate(int customers, boolean days, long seed) {
        BgNbdSimulator simulator = new BgNbdSimulator(seed);
        RfmData.Builder builder = RfmData.builder();
        for (int i = 0; i < customers; i++) {
            BgNbdSimulator.Customer c = simulator.customer(CDNOW, simulator.uniform(26, 78));
            if (days) {
                double T = Math.floor(c.T() * 7) / 7;
                double tx = c.x() == 0 ? 0 : Math.min(T, Math.ceil(c.tx() * 7) / 7);
                builder.add(c.x(), tx, T);
            } else {
                builder.add(c.x(), c.tx(), c.T());
            }
        }
        return builder.build();
    }

    @Test
    void theFastLikelihoodIsTheSumOverCustomers() {
        for (boolean days : new boolean[] {false, true}) {
            RfmData data = simulate(40_000, days, 5); // several parallel chunks
            BgNbdLikelihood likelihood = BgNbdLikelihood.of(data);
            if (days) {
                assertThat(likelihood.rows()).as("day-resolution summaries repeat").isLessThan(data.size() / 2);
            }
            for (BgNbdParameters p : new BgNbdParameters[] {CDNOW, new BgNbdParameters(2, 0.5, 1, 7),
                    new BgNbdParameters(0.05, 30, 3, 0.4)}) {
                double perCustomer = p.logLikelihood(data);
                assertThat(likelihood.logLikelihood(p.r(), p.alpha(), p.a(), p.b()))
                        .as("days %s, %s", days, p).isCloseTo(perCustomer, within(1e-11 * Math.abs(perCustomer)));
                assertThat(likelihood.derivatives(p.r(), p.alpha(), p.a(), p.b()).value())
                        .isCloseTo(perCustomer, within(1e-11 * Math.abs(perCustomer)));
            }
        }
    }

    @Test
    void aWeightCountsAsThatManyCustomers() {
        RfmData once = simulate(3000, true, 8);
        RfmData.Builder twice = RfmData.builder();
        RfmData.Builder weighted = RfmData.builder();
        for (int i = 0; i < once.size(); i++) {
            twice.add(once.frequency(i), once.recency(i), once.age(i));
            twice.add(once.frequency(i), once.recency(i), once.age(i));
            weighted.add(once.frequency(i), once.recency(i), once.age(i), 2);
        }
        BgNbdFit a = BgNbdFitter.fit(twice.build());
        BgNbdFit b = BgNbdFitter.fit(weighted.build());
        assertThat(a.customers()).isEqualTo(b.customers()).isEqualTo(6000);
        assertThat(a.parameters()).isEqualTo(b.parameters());
        assertThat(a.logLikelihood()).isEqualTo(b.logLikelihood());
        assertThat(BgNbdLikelihood.of(twice.build()).rows()).isEqualTo(BgNbdLikelihood.of(once).rows());
        // doubling every customer doubles the log-likelihood and leaves the estimate where it was
        BgNbdFit single = BgNbdFitter.fit(once);
        assertThat(a.logLikelihood()).isCloseTo(2 * single.logLikelihood(), within(1e-6));
        assertThat(a.parameters().r()).isCloseTo(single.parameters().r(), within(1e-6 * single.parameters().r()));
        assertThat(a.parameters().b()).isCloseTo(single.parameters().b(), within(1e-6 * single.parameters().b()));
    }

    @Test
    void aFitIsReproducibleAndTheSampleOnlyFindsTheStart() {
        RfmData data = simulate(100_000, false, 9);
        BgNbdFit first = BgNbdFitter.fit(data);
        BgNbdFit second = BgNbdFitter.fit(data);
        assertThat(second).isEqualTo(first);
        assertThat(first.converged()).isTrue();
        // the full data's optimum, not the sample's: the gradient there vanishes (relative to the curvature)
        BgNbdParameters p = first.parameters();
        BgNbdLikelihood.Derivatives d = BgNbdLikelihood.of(data).derivatives(p.r(), p.alpha(), p.a(), p.b());
        for (int i = 0; i < 4; i++) {
            assertThat(Math.abs(d.gradient()[i])).isLessThan(1e-5 * Math.sqrt(-d.hessian()[i][i]));
        }
        BgNbdLikelihood sample = BgNbdLikelihood.of(data).sample(BgNbdFitter.SAMPLE_ROWS);
        assertThat(sample.rows()).isEqualTo(BgNbdFitter.SAMPLE_ROWS);
        assertThat(sample.customers()).isBetween(29_000L, 31_000L);
    }

    @Test
    void aDataSetWithoutAnInteriorMaximumEndsAndSaysSo() {
        // everybody buys exactly every week and nobody leaves: the likelihood keeps rising as the rate spread
        // vanishes (r, alpha -> infinity) and the dropout probability goes to 0
        RfmData.Builder builder = RfmData.builder();
        for (int T = 20; T < 80; T++) {
            builder.add(T - 1, T - 1, T, 50);
        }
        BgNbdFit fit = BgNbdFitter.fit(builder.build());
        assertThat(fit.converged()).isFalse();
        assertThat(fit.logLikelihood()).isFinite();
        assertThat(fit.evaluations()).isLessThanOrEqualTo(2 * BgNbdFitter.MAX_EVALUATIONS + 2 * BgNbdFitter.NEWTON_STEPS
                * 31 + 2);
    }
}
