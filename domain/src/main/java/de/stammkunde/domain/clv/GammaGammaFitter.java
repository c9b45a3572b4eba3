package de.stammkunde.domain.clv;

import java.util.Arrays;
import org.hipparchus.special.Gamma;

/**
 * Fits the {@link GammaGammaParameters Gamma-Gamma model} by maximum likelihood on the customers with at least one
 * repeat purchase, over (ln p, ln q, ln γ) with BOBYQA ({@link MaximumLikelihood}).
 *
 * <p>The sum of {@link GammaGammaParameters#logLikelihood} is rearranged so that per evaluation only one logarithm
 * per customer remains:
 * <pre>
 *   Σ w [lnΓ(px+q) − lnΓ(px)]              per distinct x
 *   + W (q ln γ − lnΓ(q))
 *   + p Σ w x ln(x m<sub>x</sub>) − Σ w ln m<sub>x</sub>                 sums fixed before the search
 *   − Σ w (px+q) ln(γ + x m<sub>x</sub>)              per customer, in parallel chunks
 * </pre>
 * Start values p = 1, q = 3, γ = 2·m̄ (so the start's population mean pγ/(q−1) is the observed mean m̄); the box is
 * [e<sup>−14</sup>, e<sup>14</sup>] for p and q and e<sup>±25</sup> around the start for γ; at most
 * {@value #MAX_EVALUATIONS} evaluations.
 */
public final class GammaGammaFitter {
    static final int MAX_EVALUATIONS = 1500;

    private GammaGammaFitter() {
    }

    /**
     * Fits the first n entries of the arrays; entries with frequency 0 are skipped (their meanValue is ignored).
     *
     * @param frequency x per customer: the number of repeat purchases
     * @param meanValue m<sub>x</sub> per customer: the mean value of the repeat purchases (&gt; 0 where x ≥ 1)
     * @param weight    how many customers share the entry (≥ 1)
     * @param n         how many entries to use
     * @throws IllegalArgumentException for negative x, a mean value that is not a finite positive number where x ≥ 1,
     *                                  a weight below 1, or arrays shorter than n
     * @throws NotEnoughData            if fewer than 2 customers have a repeat purchase, or all of them have the same
     *                                  mean value
     */
    public static GammaGammaFit fit(int[] frequency, double[] meanValue, long[] weight, int n) {
        if (n < 0 || frequency.length < n || meanValue.length < n || weight.length < n) {
            throw new IllegalArgumentException("n must be between 0 and the length of every array, but n = " + n
                    + " with " + frequency.length + " frequencies, " + meanValue.length + " mean values and "
                    + weight.length + " weights");
        }
        for (int i = 0; i < n; i++) {
            if (frequency[i] < 0) {
                throw new IllegalArgumentException("x (number of repeat purchases) must not be negative, was "
                        + frequency[i] + " at index " + i);
            }
            if (weight[i] < 1) {
                throw new IllegalArgumentException("weight must be at least 1, was " + weight[i] + " at index " + i);
            }
            if (frequency[i] > 0) {
                double m = meanValue[i];
                if (!(m > 0) || m == Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException("the mean purchase value must be a finite number > 0 for a"
                            + " customer with repeat purchases, was " + m + " at index " + i);
                }
            }
        }
        Data data = Data.of(frequency, meanValue, weight, n);
        if (data.customers < 2) {
            throw new NotEnoughData("Only " + data.customers + " customer(s) have bought a second time; the"
                    + " Gamma-Gamma spend model needs at least 2.");
        }
        if (data.allEqual) {
            throw new NotEnoughData("All customers who bought a second time have the same average purchase value, so"
                    + " the Gamma-Gamma model cannot tell how values vary.");
        }
        double customers = data.customers;
        double logGamma0 = Math.log(2 * data.meanValue);
        double[] start = {0, Math.log(3), logGamma0};
        double[] lower = {-14, -14, logGamma0 - 25};
        double[] upper = {14, 14, logGamma0 + 25};
        MaximumLikelihood.Result result = MaximumLikelihood.maximise(
                p -> data.logLikelihood(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2])) / customers,
                start, lower, upper, 1.0, 1e-7, MAX_EVALUATIONS);
        double[] p = result.logParameters();
        GammaGammaParameters parameters = new GammaGammaParameters(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]));
        return new GammaGammaFit(parameters, data.logLikelihood(parameters.p(), parameters.q(), parameters.gamma()),
                data.customers, result.evaluations(), result.converged());
    }

    /** The customers with x ≥ 1, with the sums that do not depend on the parameters. */
    static final class Data {
        private final int rows;
        private final double[] x;
        private final double[] total;
        private final double[] w;
        private final int[] distinctX;
        private final double[] weightPerX;
        final long customers;
        final double meanValue;
        final boolean allEqual;
        private final double sumWeightXLogTotal;
        private final double sumWeightLogMean;

        private Data(int rows, double[] x, double[] total, double[] w, int[] distinctX, double[] weightPerX,
                     long customers, double meanValue, boolean allEqual, double sumWeightXLogTotal,
                     double sumWeightLogMean) {
            this.rows = rows;
            this.x = x;
            this.total = total;
            this.w = w;
            this.distinctX = distinctX;
            this.weightPerX = weightPerX;
            this.customers = customers;
            this.meanValue = meanValue;
            this.allEqual = allEqual;
            this.sumWeightXLogTotal = sumWeightXLogTotal;
            this.sumWeightLogMean = sumWeightLogMean;
        }

        /** The entries with frequency ≥ 1 among the first n (validated by the caller). */
        static Data of(int[] frequency, double[] meanValue, long[] weight, int n) {
            int rows = 0;
            for (int i = 0; i < n; i++) {
                if (frequency[i] > 0) {
                    rows++;
                }
            }
            double[] x = new double[rows];
            double[] total = new double[rows];
            double[] w = new double[rows];
            int[] xs = new int[rows];
            long customers = 0;
            double sumValue = 0;
            double sumWeightXLogTotal = 0;
            double sumWeightLogMean = 0;
            double first = Double.NaN;
            boolean allEqual = true;
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (frequency[i] == 0) {
                    continue;
                }
                double m = meanValue[i];
                if (j == 0) {
                    first = m;
                } else if (m != first) {
                    allEqual = false;
                }
                xs[j] = frequency[i];
                x[j] = frequency[i];
                total[j] = m * frequency[i];
                w[j] = weight[i];
                customers += weight[i];
                sumValue += weight[i] * m;
                sumWeightXLogTotal += weight[i] * x[j] * Math.log(total[j]);
                sumWeightLogMean += weight[i] * Math.log(m);
                j++;
            }
            Arrays.sort(xs);
            int k = 0;
            for (int i = 0; i < rows; i++) {
                if (i == 0 || xs[i] != xs[i - 1]) {
                    xs[k++] = xs[i];
                }
            }
            int[] distinct = Arrays.copyOf(xs, k);
            double[] weightPerX = new double[k];
            for (int i = 0; i < rows; i++) {
                weightPerX[Arrays.binarySearch(distinct, (int) x[i])] += w[i];
            }
            return new Data(rows, x, total, w, distinct, weightPerX, customers,
                    customers == 0 ? 0 : sumValue / customers, allEqual, sumWeightXLogTotal, sumWeightLogMean);
        }

        double logLikelihood(double p, double q, double gamma) {
            double perX = 0;
            for (int j = 0; j < distinctX.length; j++) {
                double px = p * distinctX[j];
                perX += weightPerX[j] * (Gamma.logGamma(px + q) - Gamma.logGamma(px));
            }
            double perCustomer = ParallelSum.sum(rows, (from, to) -> {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    sum += w[i] * (p * x[i] + q) * Math.log(gamma + total[i]);
                }
                return sum;
            });
            return perX + customers * (q * Math.log(gamma) - Gamma.logGamma(q)) + p * sumWeightXLogTotal
                    - sumWeightLogMean - perCustomer;
        }
    }
}
