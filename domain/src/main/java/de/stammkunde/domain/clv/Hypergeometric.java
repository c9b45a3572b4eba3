package de.stammkunde.domain.clv;

/**
 * The Gaussian hypergeometric function for real arguments,
 * <pre>
 *   2F1(a, b; c; z) = Σ<sub>n≥0</sub> (a)<sub>n</sub> (b)<sub>n</sub> / ((c)<sub>n</sub> n!) · z<sup>n</sup>,   |z| &lt; 1,
 * </pre>
 * with (y)<sub>n</sub> = y (y+1) … (y+n−1) the rising factorial.
 *
 * <h2>How it is evaluated</h2>
 * <ul>
 *   <li>−1 &lt; z &lt; 0: Pfaff's transformation 2F1(a, b; c; z) = (1−z)<sup>−a</sup> 2F1(a, c−b; c; z/(z−1)) (Abramowitz
 *       &amp; Stegun 15.3.4) maps z into (0, ½), where the series does not alternate and converges at least like
 *       2<sup>−n</sup>.</li>
 *   <li>0 &lt; z &lt; 1 with a + b &gt; c: Euler's transformation 2F1(a, b; c; z) = (1−z)<sup>c−a−b</sup>
 *       2F1(c−a, c−b; c; z) (A&amp;S 15.3.3). The terms of the direct series behave like n<sup>a+b−c−1</sup>
 *       z<sup>n</sup>, those of the transformed one like n<sup>c−a−b−1</sup> z<sup>n</sup>, so the transformed series
 *       is the smaller and faster one; with large a and b (the BG/NBD case 2F1(r+x, b+x; a+b+x−1; z) for a customer with
 *       many purchases) the direct series overflows, the transformed one has small numerator parameters.</li>
 *   <li>The series is summed term by term with the ratio t<sub>n+1</sub>/t<sub>n</sub> = (a+n)(b+n) z / ((c+n)(n+1));
 *       when the terms grow beyond 10<sup>250</sup> they are rescaled and the scale is kept as a logarithm, and the
 *       prefactor is applied in log space, so intermediate overflow cannot happen (only a result that is itself
 *       beyond the double range becomes ±∞).</li>
 *   <li>Stopping: once every factor of the ratio is positive, the remaining tail is bounded by a geometric series,
 *       |t<sub>n</sub>| ρ/(1−ρ) with ρ = max(current ratio, |z|(1 + |a+b−c−1|/(n+1))); summation stops when that bound
 *       is below 10<sup>−15</sup> of the sum. A polynomial (a or b a non-positive integer) stops when a term is zero.
 *   </li>
 * </ul>
 *
 * <h2>Accuracy</h2>
 * The relative error is a few units of 10<sup>−15</sup> times the cancellation factor Σ|t<sub>n</sub>|/|Σ
 * t<sub>n</sub>| (1 when all terms have one sign, as in the BG/NBD uses) plus the rounding accumulated over the terms;
 * the terms decay like z<sup>n</sup> = e<sup>−n(1−z)</sup>, so about 35/(1−z) of them are needed: 23,000 at z =
 * 0.999 (error below 10<sup>−13</sup> in the tests). At most {@value #MAX_TERMS} terms are summed one by one (about 5
 * ms); for z closer to 1 than about 1 − 2·10<sup>−4</sup> the rest of the series is summed in blocks from an
 * asymptotic expansion of its terms (see {@code tail}), which keeps the error below 10<sup>−10</sup> (measured against
 * 50-digit values down to 1 − z = 10<sup>−7</sup>; in the BG/NBD that is a horizon of 10<sup>7</sup> times α + T). Only
 * when the parameters are so large (beyond 2,000 in size) that this expansion does not apply is the rest estimated as
 * a geometric series, which is rough. If the terms still grow after {@value #MAX_TERMS} terms, an {@link
 * ArithmeticException} is thrown rather than a wrong number returned.
 */
public final class Hypergeometric {
    /** The most terms summed before the tail is estimated. */
    static final int MAX_TERMS = 200_000;
    /** Relative size of the bounded tail at which summation stops. */
    static final double TOLERANCE = 1e-15;

    private static final double RESCALE_ABOVE = 1e250;
    private static final double RESCALE_BY = 1e-250;
    private static final double LOG_RESCALE = 250 * Math.log(10);

    private Hypergeometric() {
    }

    /**
     * 2F1(a, b; c; z) for real a, b, c and −1 &lt; z &lt; 1.
     *
     * @throws IllegalArgumentException if an argument is not finite, |z| ≥ 1, or c is 0 or a negative integer (a pole)
     * @throws ArithmeticException if the series still grows after {@value #MAX_TERMS} terms (enormous parameters)
     */
    public static double hyp2f1(double a, double b, double c, double z) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("2F1 needs finite arguments, got a = " + a + ", b = " + b + ", c = "
                    + c + ", z = " + z);
        }
        if (!(Math.abs(z) < 1)) {
            throw new IllegalArgumentException("2F1 is only evaluated for |z| < 1, got z = " + z);
        }
        if (isNonPositiveInteger(c)) {
            throw new IllegalArgumentException("2F1 has a pole at c = " + c + " (c must not be 0 or a negative"
                    + " integer)");
        }
        if (z == 0 || a == 0 || b == 0) {
            return 1;
        }
        if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) {
            return series(1, 0, a, b, c, z).times(0); // a polynomial: the direct sum is finite
        }
        if (z < 0) {
            // Pfaff (A&S 15.3.4) with the smaller of a, b in the prefactor: w = z/(z-1) lies in (0, 1/2).
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            double w = z / (z - 1);
            return positive(lo, c - hi, c, w, -lo * Math.log1p(-z));
        }
        return positive(a, b, c, z, 0);
    }

    /** e<sup>logPrefactor</sup> · 2F1(a, b; c; z) for 0 &lt; z &lt; 1, choosing the direct or the Euler series. */
    private static double positive(double a, double b, double c, double z, double logPrefactor) {
        if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) {
            Sum s = series(1, 0, a, b, c, z);
            return s.times(logPrefactor);
        }
        boolean eulerTerminates = isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b);
        if (a + b > c || eulerTerminates) {
            // Euler (A&S 15.3.3): 2F1(a, b; c; z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z)
            Sum s = series(1, 0, c - a, c - b, c, z);
            return s.times(logPrefactor + (c - a - b) * Math.log1p(-z));
        }
        return series(1, 0, a, b, c, z).times(logPrefactor);
    }

    static boolean isNonPositiveInteger(double v) {
        return v <= 0 && v == Math.rint(v);
    }

    /**
     * A sum value · e<sup>logScale</sup>, from {@link #series}; {@code terms} is the number of terms summed and
     * {@code estimatedTail} says the term cap was reached and the rest was estimated.
     */
    record Sum(double value, double logScale, int terms, boolean estimatedTail) {
        /** value · e<sup>logScale + logFactor</sup>, without intermediate overflow. */
        double times(double logFactor) {
            if (value == 0) {
                return 0;
            }
            double log = logScale + logFactor;
            if (log == 0) {
                return value;
            }
            double factor = Math.exp(log);
            if (factor < Double.POSITIVE_INFINITY && factor >= Double.MIN_NORMAL) {
                return value * factor;
            }
            return Math.copySign(Math.exp(Math.log(Math.abs(value)) + log), value);
        }
    }

    /**
     * Σ<sub>n≥n0</sub> t<sub>n</sub> with t<sub>n0</sub> = first and t<sub>n+1</sub> = t<sub>n</sub> (p+n)(q+n) z /
     * ((c+n)(n+1)) — the tail of a hypergeometric series from index n0. The caller guarantees c + n ≠ 0 for n ≥ n0.
     */
    static Sum series(double first, int n0, double p, double q, double c, double z) {
        if (first == 0 || z == 0) {
            return new Sum(first, 0, 1, false);
        }
        double positiveFrom = Math.max(Math.max(-p, -q), -c); // from here on every factor of the ratio is positive
        double sigma = Math.abs(p + q - c - 1);
        double absZ = Math.abs(z);
        double term = first;
        double sum = first;
        double logScale = 0;
        double largest = Math.abs(first);
        double ratio = 0;
        for (int k = 0; k < MAX_TERMS; k++) {
            int n = n0 + k;
            ratio = (p + n) * (q + n) / ((c + n) * (n + 1.0)) * z;
            term *= ratio;
            if (term == 0) {
                return new Sum(sum, logScale, k + 2, false);
            }
            sum += term;
            double size = Math.abs(term);
            if (size > RESCALE_ABOVE) {
                term *= RESCALE_BY;
                sum *= RESCALE_BY;
                largest *= RESCALE_BY;
                logScale += LOG_RESCALE;
                size = Math.abs(term);
            }
            if (size > largest) {
                largest = size;
            }
            if (n + 1 > positiveFrom) {
                double rho = Math.max(Math.abs(ratio), absZ * (1 + sigma / (n + 1.0)));
                if (rho < 1 && size * rho / (1 - rho) <= TOLERANCE * Math.max(Math.abs(sum), 0x1p-52 * largest)) {
                    return new Sum(sum, logScale, k + 2, false);
                }
            }
        }
        if (!(Math.abs(ratio) < 1)) {
            throw new ArithmeticException("the hypergeometric series still grows after " + MAX_TERMS + " terms (p = "
                    + p + ", q = " + q + ", c = " + c + ", z = " + z + ")");
        }
        int last = n0 + MAX_TERMS; // term is t_last
        double scale = Math.max(Math.max(Math.abs(p), Math.abs(q)), Math.max(Math.abs(c), 1));
        if (z > 0 && last > 100 * scale) {
            return new Sum(sum + term * tail(last, p, q, c, z), logScale, MAX_TERMS + 1, true);
        }
        return new Sum(sum + term * ratio / (1 - ratio), logScale, MAX_TERMS + 1, true); // geometric estimate
    }

    /** Blocks per e-fold of the index in {@link #tail}; the interpolation error is about |σ|/(8·K²) of the tail. */
    private static final double BLOCKS_PER_E_FOLD = 4096;

    /**
     * Σ<sub>j≥1</sub> t<sub>M+j</sub>/t<sub>M</sub> for the series of {@link #series} with 0 &lt; z &lt; 1 and M
     * far beyond the parameters: the rest of a series that converges too slowly to sum term by term.
     *
     * <p>t<sub>M+j</sub>/t<sub>M</sub> = e<sup>λ(j)</sup>, λ(j) = j ln z + F(M+j) − F(M) with F(n) = lnΓ(n+p) +
     * lnΓ(n+q) − lnΓ(n+c) − lnΓ(n+1). By the asymptotic expansion lnΓ(n+a) ~ (n+a−½) ln n − n + ½ ln 2π +
     * Σ<sub>k≥2</sub> (−1)<sup>k</sup> B<sub>k</sub>(a) / (k(k−1) n<sup>k−1</sup>) (B<sub>k</sub> the Bernoulli
     * polynomials; DLMF 5.11.8), F(n) = σ ln n + Σ<sub>k=2..6</sub> e<sub>k</sub> n<sup>1−k</sup> + const with σ =
     * p+q−c−1, so λ is evaluated without cancellation: σ·log1p(j/M) + Σ e<sub>k</sub>((M+j)<sup>1−k</sup> −
     * M<sup>1−k</sup>). The sum over j is taken in blocks of about (M+j)/4096 terms within which λ is interpolated
     * linearly, so each block is a geometric sum in closed form; λ is concave or convex with |λ''| ≈ |σ|/(M+j)², so the
     * relative error is about 10<sup>−8</sup>·|σ|. The blocks stop when the bounded rest is below 10<sup>−17</sup> of
     * the sum.
     */
    private static double tail(int m, double p, double q, double c, double z) {
        double logZ = Math.log(z);
        double sigma = p + q - c - 1;
        double[] e = new double[7];
        for (int k = 2; k <= 6; k++) {
            double bernoulli = bernoulli(k, p) + bernoulli(k, q) - bernoulli(k, c) - bernoulli(k, 1);
            e[k] = ((k & 1) == 0 ? 1 : -1) * bernoulli / (k * (k - 1.0));
        }
        double mm = m;
        double sum = 0;
        long j0 = 1;
        double lambda0 = lambda(1, mm, logZ, sigma, e);
        for (int block = 0; block < 10_000_000; block++) {
            long length = Math.max(1, (long) ((mm + j0) / BLOCKS_PER_E_FOLD));
            long j1 = j0 + length;
            double lambda1 = lambda(j1, mm, logZ, sigma, e);
            double slope = (lambda1 - lambda0) / length;
            double blockSum = slope == 0 ? length : Math.expm1(slope * length) / Math.expm1(slope);
            sum += Math.exp(lambda0) * blockSum;
            j0 = j1;
            lambda0 = lambda1;
            double steepest = logZ + Math.max(sigma, 0) / (mm + j0);
            if (steepest < 0 && Math.exp(lambda0) / -Math.expm1(steepest) <= 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }

    /** λ(j) = j ln z + F(M+j) − F(M), see {@link #tail}. */
    private static double lambda(long j, double m, double logZ, double sigma, double[] e) {
        double n = m + j;
        double d = sigma * Math.log1p(j / m);
        double inverseN = 1 / n;
        double inverseM = 1 / m;
        double powerN = 1;
        double powerM = 1;
        for (int k = 2; k <= 6; k++) {
            powerN *= inverseN;
            powerM *= inverseM;
            d += e[k] * (powerN - powerM);
        }
        return j * logZ + d;
    }

    /** The Bernoulli polynomial B<sub>k</sub>(x), 2 ≤ k ≤ 6 (DLMF 24.2.5). */
    static double bernoulli(int k, double x) {
        return switch (k) {
            case 2 -> (x - 1) * x + 1.0 / 6;
            case 3 -> ((x - 1.5) * x + 0.5) * x;
            case 4 -> (((x - 2) * x + 1) * x) * x - 1.0 / 30;
            case 5 -> ((((x - 2.5) * x + 5.0 / 3) * x) * x - 1.0 / 6) * x;
            case 6 -> ((((x - 3) * x + 2.5) * x * x - 0.5) * x) * x + 1.0 / 42;
            default -> throw new IllegalArgumentException("k must be between 2 and 6, was " + k);
        };
    }
}
