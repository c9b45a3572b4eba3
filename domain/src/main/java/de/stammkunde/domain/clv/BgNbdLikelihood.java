package de.stammkunde.domain.clv;

import java.util.Arrays;
import org.hipparchus.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * The BG/NBD log-likelihood of a whole data set, prepared for many evaluations: identical (x, t<sub>x</sub>, T) rows
 * are merged (their weights added), the rows are sorted by x, and per evaluation the terms that depend on x only —
 * A<sub>1</sub> + A<sub>2</sub> and ln a − ln(b+x−1) of {@link BgNbdParameters#logLikelihood(int, double, double)} —
 * are computed once per distinct x. Per row that leaves ln(α+T), for x &gt; 0 also ln(α+t<sub>x</sub>), and the
 * log-sum-exp; the rows are summed in parallel chunks ({@link ParallelSum}).
 *
 * <p>Real data has few distinct times (days): when the columns T and t<sub>x</sub> hold together at most a quarter
 * as many distinct values as there are rows, ln(α + time) is computed once per distinct time per evaluation and the
 * rows look it up, leaving one exp and one log per row with x &gt; 0 and none for x = 0.
 */
final class BgNbdLikelihood {
    private final int rows;
    private final int[] distinctX;
    private final int[] xIndex;
    private final double[] recency;
    private final double[] age;
    private final double[] weight;
    private final long customers;
    private final long repeatCustomers;
    private final double meanFrequency;
    private final double meanAge;
    /** The total weight of the rows of each distinct x. */
    private final double[] weightPerX;
    /** The distinct values of T and t<sub>x</sub> and per row the index of its T and t<sub>x</sub>; or all null. */
    private final double @Nullable [] times;
    private final int @Nullable [] ageIndex;
    private final int @Nullable [] recencyIndex;

    private BgNbdLikelihood(int rows, int[] distinctX, int[] xIndex, double[] recency, double[] age, double[] weight,
                            long customers, long repeatCustomers, double meanFrequency, double meanAge,
                            double @Nullable [] times, int @Nullable [] ageIndex, int @Nullable [] recencyIndex) {
        this.rows = rows;
        this.distinctX = distinctX;
        this.xIndex = xIndex;
        this.recency = recency;
        this.age = age;
        this.weight = weight;
        this.customers = customers;
        this.repeatCustomers = repeatCustomers;
        this.meanFrequency = meanFrequency;
        this.meanAge = meanAge;
        this.weightPerX = new double[distinctX.length];
        for (int i = 0; i < rows; i++) {
            weightPerX[xIndex[i]] += weight[i];
        }
        this.times = times;
        this.ageIndex = ageIndex;
        this.recencyIndex = recencyIndex;
    }

    static BgNbdLikelihood of(RfmData data) {
        int n = data.size();
        int[] x = data.frequencies();
        double[] tx = data.recencies();
        double[] T = data.ages();
        long[] w = data.weights();

        // Merge identical rows with an open-addressing hash table over (x, bits of tx, bits of T).
        int capacity = Integer.highestOneBit(Math.max(8, n) - 1) << 2;
        int mask = capacity - 1;
        int[] table = new int[capacity];
        Arrays.fill(table, -1);
        int[] mx = new int[n];
        double[] mtx = new double[n];
        double[] mT = new double[n];
        long[] mw = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            long txBits = Double.doubleToRawLongBits(tx[i]);
            long tBits = Double.doubleToRawLongBits(T[i]);
            long h = (x[i] * 0x9E3779B97F4A7C15L) ^ (txBits * 0xC2B2AE3D27D4EB4FL) ^ (tBits * 0x165667B19E3779F9L);
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 32;
            int slot = (int) h & mask;
            while (true) {
                int j = table[slot];
                if (j < 0) {
                    table[slot] = m;
                    mx[m] = x[i];
                    mtx[m] = tx[i];
                    mT[m] = T[i];
                    mw[m] = w[i];
                    m++;
                    break;
                }
                if (mx[j] == x[i] && Double.doubleToRawLongBits(mtx[j]) == txBits
                        && Double.doubleToRawLongBits(mT[j]) == tBits) {
                    mw[j] += w[i];
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }

        // Distinct x values, ascending, and a counting sort of the rows by x.
        int[] sortedX = Arrays.copyOf(mx, m);
        Arrays.sort(sortedX);
        int k = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || sortedX[i] != sortedX[i - 1]) {
                sortedX[k++] = sortedX[i];
            }
        }
        int[] distinct = Arrays.copyOf(sortedX, k);
        int[] start = new int[k + 1];
        int[] rowIndex = new int[m];
        for (int i = 0; i < m; i++) {
            rowIndex[i] = Arrays.binarySearch(distinct, mx[i]);
            start[rowIndex[i] + 1]++;
        }
        for (int j = 0; j < k; j++) {
            start[j + 1] += start[j];
        }
        int[] xIndex = new int[m];
        double[] recency = new double[m];
        double[] age = new double[m];
        double[] weight = new double[m];
        long customers = 0;
        long repeatCustomers = 0;
        double sumX = 0;
        double sumT = 0;
        for (int i = 0; i < m; i++) {
            int to = start[rowIndex[i]]++;
            xIndex[to] = rowIndex[i];
            recency[to] = mtx[i];
            age[to] = mT[i];
            weight[to] = mw[i];
            customers += mw[i];
            if (mx[i] > 0) {
                repeatCustomers += mw[i];
            }
            sumX += (double) mw[i] * mx[i];
            sumT += mw[i] * mT[i];
        }
        int[] ageIndex = new int[m];
        int[] recencyIndex = new int[m];
        double @Nullable [] times = distinctTimes(age, recency, ageIndex, recencyIndex, Math.max(64, m / 4));
        return new BgNbdLikelihood(m, distinct, xIndex, recency, age, weight, customers, repeatCustomers,
                customers == 0 ? 0 : sumX / customers, customers == 0 ? 0 : sumT / customers, times,
                times == null ? null : ageIndex, times == null ? null : recencyIndex);
    }

    /**
     * The distinct values of both columns, filling the index arrays; null if there are more than {@code limit}
     * (then looking them up would not save anything).
     */
    private static double @Nullable [] distinctTimes(double[] age, double[] recency, int[] ageIndex,
                                                     int[] recencyIndex, int limit) {
        int capacity = Integer.highestOneBit(limit) << 2;
        int mask = capacity - 1;
        int[] table = new int[capacity];
        Arrays.fill(table, -1);
        double[] values = new double[limit];
        int count = 0;
        for (int column = 0; column < 2; column++) {
            double[] source = column == 0 ? age : recency;
            int[] index = column == 0 ? ageIndex : recencyIndex;
            for (int i = 0; i < source.length; i++) {
                long bits = Double.doubleToRawLongBits(source[i]);
                long h = bits * 0x9E3779B97F4A7C15L;
                int slot = (int) (h ^ (h >>> 32)) & mask;
                while (true) {
                    int j = table[slot];
                    if (j < 0) {
                        if (count == limit) {
                            return null;
                        }
                        table[slot] = count;
                        values[count] = source[i];
                        index[i] = count++;
                        break;
                    }
                    if (Double.doubleToRawLongBits(values[j]) == bits) {
                        index[i] = j;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
        }
        return Arrays.copyOf(values, count);
    }

    /**
     * An evenly spread sample of at most {@code maxRows} rows (with their weights). The rows are sorted by x, so the
     * sample is stratified by x. Used to find start values for the fit on all rows.
     */
    BgNbdLikelihood sample(int maxRows) {
        if (rows <= maxRows) {
            return this;
        }
        int[] sampleIndex = new int[maxRows];
        int @Nullable [] sampleAgeIndex = ageIndex == null ? null : new int[maxRows];
        int @Nullable [] sampleRecencyIndex = recencyIndex == null ? null : new int[maxRows];
        double[] sampleRecency = new double[maxRows];
        double[] sampleAge = new double[maxRows];
        double[] sampleWeight = new double[maxRows];
        long sampleCustomers = 0;
        long sampleRepeat = 0;
        double sumX = 0;
        double sumT = 0;
        for (int j = 0; j < maxRows; j++) {
            int i = (int) ((long) j * rows / maxRows);
            sampleIndex[j] = xIndex[i];
            sampleRecency[j] = recency[i];
            sampleAge[j] = age[i];
            sampleWeight[j] = weight[i];
            if (sampleAgeIndex != null && sampleRecencyIndex != null && ageIndex != null && recencyIndex != null) {
                sampleAgeIndex[j] = ageIndex[i];
                sampleRecencyIndex[j] = recencyIndex[i];
            }
            long w = (long) weight[i];
            sampleCustomers += w;
            int x = distinctX[xIndex[i]];
            if (x > 0) {
                sampleRepeat += w;
            }
            sumX += weight[i] * x;
            sumT += weight[i] * age[i];
        }
        return new BgNbdLikelihood(maxRows, distinctX, sampleIndex, sampleRecency, sampleAge, sampleWeight,
                sampleCustomers, sampleRepeat, sumX / sampleCustomers, sumT / sampleCustomers, times, sampleAgeIndex,
                sampleRecencyIndex);
    }

    /** Rows after merging identical summaries. */
    int rows() {
        return rows;
    }

    long customers() {
        return customers;
    }

    /** Customers with at least one repeat purchase. */
    long repeatCustomers() {
        return repeatCustomers;
    }

    double meanFrequency() {
        return meanFrequency;
    }

    double meanAge() {
        return meanAge;
    }

    /** Σ weight · ln L(r, α, a, b | x, t<sub>x</sub>, T), equation (6) of the paper. */
    double logLikelihood(double r, double alpha, double a, double b) {
        int k = distinctX.length;
        double[] constant = new double[k];
        double[] logOddsBase = new double[k];
        double[] rPlusX = new double[k];
        double lgR = Gamma.logGamma(r);
        double lgB = Gamma.logGamma(b);
        double lgAB = Gamma.logGamma(a + b);
        double rLogAlpha = r * Math.log(alpha);
        double logA = Math.log(a);
        for (int j = 0; j < k; j++) {
            int x = distinctX[j];
            constant[j] = Gamma.logGamma(r + x) - lgR + rLogAlpha
                    + lgAB + Gamma.logGamma(b + x) - lgB - Gamma.logGamma(a + b + x);
            logOddsBase[j] = x == 0 ? Double.NaN : logA - Math.log(b + x - 1);
            rPlusX[j] = r + x;
        }
        int[] xs = distinctX;
        double @Nullable [] t = times;
        int @Nullable [] tIndex = ageIndex;
        int @Nullable [] txIndex = recencyIndex;
        if (t != null && tIndex != null && txIndex != null) {
            double[] logTime = new double[t.length];
            for (int j = 0; j < t.length; j++) {
                logTime[j] = Math.log(alpha + t[j]);
            }
            return ParallelSum.sum(rows, (from, to) -> {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    int j = xIndex[i];
                    double rx = rPlusX[j];
                    double a3 = -rx * logTime[tIndex[i]];
                    double ll;
                    if (xs[j] == 0) {
                        ll = a3;
                    } else {
                        double a4 = logOddsBase[j] - rx * logTime[txIndex[i]];
                        double d = a3 - a4;
                        ll = (d > 0 ? a3 : a4) + Math.log(1 + Math.exp(-Math.abs(d)));
                    }
                    sum += weight[i] * (constant[j] + ll);
                }
                return sum;
            });
        }
        return ParallelSum.sum(rows, (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int j = xIndex[i];
                double rx = rPlusX[j];
                double a3 = -rx * Math.log(alpha + age[i]);
                double ll;
                if (xs[j] == 0) {
                    ll = a3;
                } else {
                    double a4 = logOddsBase[j] - rx * Math.log(alpha + recency[i]);
                    double d = a3 - a4;
                    // log-sum-exp; ln(1 + e) instead of log1p(e): e <= 1, so the absolute error stays below 2^-53
                    ll = (d > 0 ? a3 : a4) + Math.log(1 + Math.exp(-Math.abs(d)));
                }
                sum += weight[i] * (constant[j] + ll);
            }
            return sum;
        });
    }

    /**
     * The log-likelihood with its gradient and Hessian with respect to the log-parameters (ln r, ln α, ln a, ln b).
     *
     * @param value    Σ weight · ln L, as {@link #logLikelihood}
     * @param gradient ∂/∂ln θ<sub>i</sub>
     * @param hessian  ∂²/∂ln θ<sub>i</sub>∂ln θ<sub>j</sub>
     */
    record Derivatives(double value, double[] gradient, double[][] hessian) {
    }

    /**
     * The log-likelihood and its first and second derivatives, analytically. Per customer ln L = K(x) + ln(e<sup>A3</sup>
     * + δ e<sup>A4</sup>) with K = A1 + A2 (see {@link BgNbdParameters#logLikelihood(int, double, double)}):
     * <ul>
     *   <li>K's derivatives are digamma and trigamma differences, once per distinct x, times the weight of that x:
     *       ∂K/∂r = ψ(r+x) − ψ(r) + ln α, ∂K/∂α = r/α, ∂K/∂a = ψ(a+b) − ψ(a+b+x), ∂K/∂b = ψ(a+b) + ψ(b+x) − ψ(b) −
     *       ψ(a+b+x), and ψ' for the second derivatives.</li>
     *   <li>The log-sum-exp with π = e<sup>A4</sup>/(e<sup>A3</sup> + e<sup>A4</sup>): gradient (1−π)∇A3 + π∇A4,
     *       Hessian (1−π)∇²A3 + π∇²A4 + π(1−π)(∇A4 − ∇A3)(∇A4 − ∇A3)<sup>T</sup>, where ∇A3 = (−ln(α+T), −(r+x)/(α+T),
     *       0, 0) and ∇A4 = (−ln(α+t<sub>x</sub>), −(r+x)/(α+t<sub>x</sub>), 1/a, −1/(b+x−1)).</li>
     * </ul>
     * Derivatives in θ = (r, α, a, b) are turned into log-parameter ones by ∂/∂ln θ<sub>i</sub> = θ<sub>i</sub>
     * ∂/∂θ<sub>i</sub> and ∂²/∂ln θ<sub>i</sub>∂ln θ<sub>j</sub> = θ<sub>i</sub>θ<sub>j</sub> ∂²/∂θ<sub>i</sub>∂θ<sub>j</sub>
     * + δ<sub>ij</sub> θ<sub>i</sub> ∂/∂θ<sub>i</sub>.
     */
    Derivatives derivatives(double r, double alpha, double a, double b) {
        int k = distinctX.length;
        double[] logOddsBase = new double[k];
        double[] rPlusX = new double[k];
        double[] inverseB = new double[k];
        // sums[0] value; [1..4] gradient (r, alpha, a, b); [5..14] Hessian rr, ra, raa, rb, aa, aA, ab, AA, Ab, bb
        double[] fixed = new double[15];
        double psiR = Gamma.digamma(r);
        double psiB = Gamma.digamma(b);
        double psiAB = Gamma.digamma(a + b);
        double triR = Gamma.trigamma(r);
        double triB = Gamma.trigamma(b);
        double triAB = Gamma.trigamma(a + b);
        double lgR = Gamma.logGamma(r);
        double lgB = Gamma.logGamma(b);
        double lgAB = Gamma.logGamma(a + b);
        double logAlpha = Math.log(alpha);
        double logA = Math.log(a);
        for (int j = 0; j < k; j++) {
            int x = distinctX[j];
            double w = weightPerX[j];
            double abx = a + b + x;
            fixed[0] += w * (Gamma.logGamma(r + x) - lgR + r * logAlpha + lgAB + Gamma.logGamma(b + x) - lgB
                    - Gamma.logGamma(abx));
            double psiABX = Gamma.digamma(abx);
            double triABX = Gamma.trigamma(abx);
            fixed[1] += w * (Gamma.digamma(r + x) - psiR + logAlpha);
            fixed[2] += w * r / alpha;
            fixed[3] += w * (psiAB - psiABX);
            fixed[4] += w * (psiAB + Gamma.digamma(b + x) - psiB - psiABX);
            fixed[5] += w * (Gamma.trigamma(r + x) - triR);
            fixed[6] += w / alpha;
            fixed[9] += w * -r / (alpha * alpha);
            fixed[12] += w * (triAB - triABX);
            fixed[13] += w * (triAB - triABX);
            fixed[14] += w * (triAB + Gamma.trigamma(b + x) - triB - triABX);
            logOddsBase[j] = x == 0 ? Double.NaN : logA - Math.log(b + x - 1);
            rPlusX[j] = r + x;
            inverseB[j] = x == 0 ? Double.NaN : 1 / (b + x - 1);
        }
        int[] xs = distinctX;
        double inverseA = 1 / a;
        double[] s = ParallelSum.sums(rows, 15, (from, to, sums) -> {
            double value = 0;
            double gr = 0;
            double gAlpha = 0;
            double ga = 0;
            double gb = 0;
            double hrr = 0;
            double hrAlpha = 0;
            double hra = 0;
            double hrb = 0;
            double hAlphaAlpha = 0;
            double hAlphaA = 0;
            double hAlphaB = 0;
            double haa = 0;
            double hab = 0;
            double hbb = 0;
            for (int i = from; i < to; i++) {
                int j = xIndex[i];
                double w = weight[i];
                double rx = rPlusX[j];
                double logT = Math.log(alpha + age[i]);
                double inverseT = 1 / (alpha + age[i]);
                double a3 = -rx * logT;
                if (xs[j] == 0) {
                    value += w * a3;
                    gr -= w * logT;
                    gAlpha -= w * rx * inverseT;
                    hrAlpha -= w * inverseT;
                    hAlphaAlpha += w * rx * inverseT * inverseT;
                    continue;
                }
                double logTx = Math.log(alpha + recency[i]);
                double inverseTx = 1 / (alpha + recency[i]);
                double a4 = logOddsBase[j] - rx * logTx;
                double d = a3 - a4;
                double e = Math.exp(-Math.abs(d));
                value += w * ((d > 0 ? a3 : a4) + Math.log(1 + e));
                double pi = d > 0 ? e / (1 + e) : 1 / (1 + e); // weight of A4
                double q = 1 - pi;
                double ib = inverseB[j];
                double deltaR = logT - logTx;
                double deltaAlpha = rx * (inverseT - inverseTx);
                double pq = w * pi * q;
                gr -= w * (q * logT + pi * logTx);
                gAlpha -= w * rx * (q * inverseT + pi * inverseTx);
                ga += w * pi * inverseA;
                gb -= w * pi * ib;
                hrr += pq * deltaR * deltaR;
                hrAlpha += -w * (q * inverseT + pi * inverseTx) + pq * deltaR * deltaAlpha;
                hra += pq * deltaR * inverseA;
                hrb -= pq * deltaR * ib;
                hAlphaAlpha += w * rx * (q * inverseT * inverseT + pi * inverseTx * inverseTx)
                        + pq * deltaAlpha * deltaAlpha;
                hAlphaA += pq * deltaAlpha * inverseA;
                hAlphaB -= pq * deltaAlpha * ib;
                haa += (pq - w * pi) * inverseA * inverseA;
                hab -= pq * inverseA * ib;
                hbb += (w * pi + pq) * ib * ib;
            }
            sums[0] += value;
            sums[1] += gr;
            sums[2] += gAlpha;
            sums[3] += ga;
            sums[4] += gb;
            sums[5] += hrr;
            sums[6] += hrAlpha;
            sums[7] += hra;
            sums[8] += hrb;
            sums[9] += hAlphaAlpha;
            sums[10] += hAlphaA;
            sums[11] += hAlphaB;
            sums[12] += haa;
            sums[13] += hab;
            sums[14] += hbb;
        });
        for (int i = 0; i < 15; i++) {
            s[i] += fixed[i];
        }
        double[] theta = {r, alpha, a, b};
        double[] gradient = new double[4];
        double[][] hessian = new double[4][4];
        int h = 5;
        for (int i = 0; i < 4; i++) {
            gradient[i] = theta[i] * s[1 + i];
            for (int j = i; j < 4; j++) {
                double v = theta[i] * theta[j] * s[h++];
                hessian[i][j] = v;
                hessian[j][i] = v;
            }
            hessian[i][i] += gradient[i];
        }
        return new Derivatives(s[0], gradient, hessian);
    }
}
