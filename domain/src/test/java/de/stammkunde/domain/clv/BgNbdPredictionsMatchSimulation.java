package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo checks of the closed forms against customers simulated exactly as the model assumes
 * ({@link BgNbdSimulator}). Tolerances are in standard errors of the simulated means (computed from the simulated
 * sample), at most 4, and the simulations are large enough that 4 standard errors stay within the few per cent the
 * checks are about — so a formula that is off by a few per cent fails.
 */
class BgNbdPredictionsMatchSimulation {
    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    private static final BgNbdParameters FREQUENT = new BgNbdParameters(0.8, 10, 0.5, 3);

    /** Mean and standard error of a sample, accumulated. */
    private static final class Mean {
        long n;
        double sum;
        double sumOfSquares;
        double predicted;

        void add(double value, double prediction) {
            n++;
            sum += value;
            sumOfSquares += value * value;
            predicted += prediction;
        }

        double mean() {
            return sum / n;
        }

        double predicted() {
            return predicted / n;
        }

        double standardError() {
            double mean = mean();
            return Math.sqrt(Math.max(0, sumOfSquares / n - mean * mean) / (n - 1));
        }
    }

    @Test
    void expectedRepeatPurchasesOfNewCustomers() {
        // E[X(t)], equation (9), against the mean number of repeat purchases in (0, t] of simulated new customers
        double[] horizons = {1, 10, 52, 200};
        for (BgNbdParameters truth : new BgNbdParameters[] {CDNOW, FREQUENT}) {
            BgNbdSimulator simulator = new BgNbdSimulator(99);
            Mean[] means = new Mean[horizons.length];
            for (int h = 0; h < horizons.length; h++) {
                means[h] = new Mean();
            }
            for (int i = 0; i < 1_000_000; i++) {
                int[] future = simulator.customer(truth, 0, horizons).future();
                for (int h = 0; h < horizons.length; h++) {
                    means[h].add(future[h], 0);
                }
            }
            for (int h = 0; h < horizons.length; h++) {
                double model = truth.expectedRepeatPurchases(horizons[h]);
                double se = means[h].standardError();
                assertThat(se).as("standard error at t = %s", horizons[h]).isLessThan(0.005 * model);
                assertThat(means[h].mean()).as("%s, t = %s: simulated ± %s", truth, horizons[h], se)
                        .isCloseTo(model, within(Math.min(4 * se, 0.02 * model)));
            }
        }
    }

    @Test
    void conditionalExpectationsOfCustomersWithTheSameKindOfHistory() {
        // Sampling from the posterior: draw (lambda, p) from the prior, simulate the calibration period and the next
        // t weeks. Among customers selected by their history only, the mean of the simulated future purchases must
        // equal the mean of E[Y(t) | x, tx, T] (equation (10)) over the same customers, whatever the selection; the
        // selections below separate recent from lapsed buyers, where P(alive) matters most.
        String[] names = {"x = 0", "x = 1, recent", "x = 1, lapsed", "x = 2..4, recent", "x = 2..4, lapsed",
                "x >= 5, recent", "x >= 5, lapsed"};
        List<Predicate<BgNbdSimulator.Customer>> groups = List.of(
                c -> c.x() == 0,
                c -> c.x() == 1 && c.tx() > c.T() / 2,
                c -> c.x() == 1 && c.tx() <= c.T() / 2,
                c -> c.x() >= 2 && c.x() <= 4 && c.tx() > 0.75 * c.T(),
                c -> c.x() >= 2 && c.x() <= 4 && c.tx() <= 0.75 * c.T(),
                c -> c.x() >= 5 && c.tx() > 0.9 * c.T(),
                c -> c.x() >= 5 && c.tx() <= 0.9 * c.T());
        for (BgNbdParameters truth : new BgNbdParameters[] {CDNOW, FREQUENT}) {
            for (double t : new double[] {13, 52}) {
                BgNbdSimulator simulator = new BgNbdSimulator(Double.doubleToLongBits(t) ^ (long) truth.alpha());
                Mean[] means = new Mean[groups.size()];
                for (int g = 0; g < means.length; g++) {
                    means[g] = new Mean();
                }
                for (int i = 0; i < 500_000; i++) {
                    BgNbdSimulator.Customer c = simulator.customer(truth, simulator.uniform(26, 78), t);
                    double predicted = truth.conditionalExpectedPurchases(t, c.x(), c.tx(), c.T());
                    for (int g = 0; g < means.length; g++) {
                        if (groups.get(g).test(c)) {
                            means[g].add(c.future()[0], predicted);
                        }
                    }
                }
                for (int g = 0; g < means.length; g++) {
                    Mean mean = means[g];
                    double se = mean.standardError();
                    assertThat(mean.n).as("%s: customers", names[g]).isGreaterThan(2_000);
                    assertThat(se).as("%s: standard error", names[g]).isLessThan(0.02 * mean.predicted() + 0.002);
                    assertThat(mean.mean()).as("%s, %s, t = %s: %s customers, predicted %s, simulated ± %s", truth,
                            names[g], t, mean.n, mean.predicted(), se).isCloseTo(mean.predicted(), within(4 * se));
                }
            }
        }
    }

    @Test
    void pAliveIsCalibrated() {
        // bucket simulated customers by predicted P(alive); the fraction truly alive at T must match the mean
        // prediction in each bucket (customers without a repeat purchase are always alive, P(alive) = 1)
        for (BgNbdParameters truth : new BgNbdParameters[] {CDNOW, FREQUENT}) {
            BgNbdSimulator simulator = new BgNbdSimulator(7);
            Mean[] buckets = new Mean[10];
            for (int b = 0; b < 10; b++) {
                buckets[b] = new Mean();
            }
            for (int i = 0; i < 400_000; i++) {
                BgNbdSimulator.Customer c = simulator.customer(truth, simulator.uniform(26, 78));
                double predicted = truth.pAlive(c.x(), c.tx(), c.T());
                if (c.x() == 0) {
                    assertThat(predicted).isEqualTo(1);
                    assertThat(c.aliveAtT()).isTrue();
                    continue;
                }
                buckets[Math.min(9, (int) (predicted * 10))].add(c.aliveAtT() ? 1 : 0, predicted);
            }
            int checked = 0;
            for (Mean bucket : buckets) {
                if (bucket.n < 1000) {
                    continue;
                }
                checked++;
                double p = bucket.predicted();
                double se = Math.sqrt(p * (1 - p) / bucket.n);
                assertThat(bucket.mean()).as("%s: %s customers predicted %s alive", truth, bucket.n, p)
                        .isCloseTo(p, within(4 * se + 1e-9));
            }
            assertThat(checked).isGreaterThanOrEqualTo(6);
        }
    }
}
