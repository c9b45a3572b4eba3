package de.stammkunde.domain.clv;

import org.hipparchus.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie &amp; Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the
 * Pareto/NBD Model", Marketing Science 24(2). Time is measured in weeks.
 *
 * <p>Assumptions: while alive, a customer buys according to a Poisson process with rate λ; after each repeat purchase
 * the customer drops out for good with probability p (never at the first purchase, time 0); λ varies across
 * customers as Gamma(shape r, rate α), p as Beta(a, b), independently. A customer's history is summarised by
 * (x, t<sub>x</sub>, T), see {@link RfmData}.
 *
 * <p>All formulas are evaluated in a form that neither overflows for customers with thousands of purchases nor
 * divides by zero at a = 1; see the methods.
 *
 * @param r     shape of the purchase-rate distribution
 * @param alpha rate (in weeks) of the purchase-rate distribution; the mean purchase rate is r/α per week
 * @param a     first shape of the dropout-probability distribution
 * @param b     second shape of the dropout-probability distribution; the mean dropout probability is a/(a+b)
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {
    public BgNbdParameters {
        Checks.positive("r", r);
        Checks.positive("alpha", alpha);
        Checks.positive("a", a);
        Checks.positive("b", b);
    }

    /**
     * The log of the likelihood of one customer's history, ln L(r, α, a, b | x, t<sub>x</sub>, T), paper equation (6):
     * <pre>
     *   L = B(a, b+x)/B(a, b) · Γ(r+x) α<sup>r</sup> / (Γ(r) (α+T)<sup>r+x</sup>)
     *     + δ<sub>x&gt;0</sub> B(a+1, b+x−1)/B(a, b) · Γ(r+x) α<sup>r</sup> / (Γ(r) (α+t<sub>x</sub>)<sup>r+x</sup>)
     * </pre>
     * evaluated as in the authors' note "Implementing the BG/NBD Model for Customer Base Analysis in Excel":
     * ln L = A<sub>1</sub> + A<sub>2</sub> + ln(e<sup>A<sub>3</sub></sup> + δ<sub>x&gt;0</sub>
     * e<sup>A<sub>4</sub></sup>) with
     * <pre>
     *   A1 = lnΓ(r+x) − lnΓ(r) + r ln α
     *   A2 = lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
     *   A3 = −(r+x) ln(α+T)
     *   A4 = ln a − ln(b+x−1) − (r+x) ln(α+t<sub>x</sub>)
     * </pre>
     * The last term is a log-sum-exp, max(A3, A4) + ln(1 + e<sup>−|A3−A4|</sup>), so nothing overflows or underflows
     * however large x is.
     *
     * @throws IllegalArgumentException for an invalid history (see {@link RfmData.Builder#add(int, double, double,
     *         long)})
     */
    public double logLikelihood(int x, double tx, double T) {
        Checks.history(x, tx, T);
        double a1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
        double a3 = -(r + x) * Math.log(alpha + T);
        if (x == 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        return a1 + a2 + logSumExp(a3, a4);
    }

    /** The weighted sum of {@link #logLikelihood(int, double, double)} over all rows. */
    public double logLikelihood(RfmData data) {
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            sum += data.weight(i) * logLikelihood(data.frequency(i), data.recency(i), data.age(i));
        }
        return sum;
    }

    /**
     * The probability that a customer with this history is still alive at T (Fader, Hardie &amp; Lee, "Computing
     * P(alive) Using the BG/NBD Model", 2008, eq. (1)):
     * <pre>
     *   P(alive | x, t<sub>x</sub>, T) = 1 / (1 + δ<sub>x&gt;0</sub> · a/(b+x−1) · ((α+T)/(α+t<sub>x</sub>))<sup>r+x</sup>)
     * </pre>
     * 1 when x = 0 (the model lets a customer drop out only after a repeat purchase). The odds are computed as
     * exp(ln a − ln(b+x−1) + (r+x)·ln(1 + (T−t<sub>x</sub>)/(α+t<sub>x</sub>))), so a huge exponent gives 0, never NaN.
     */
    public double pAlive(int x, double tx, double T) {
        Checks.history(x, tx, T);
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * E[X(t)], the expected number of repeat purchases of a new customer in (0, t], paper equation (9):
     * <pre>
     *   E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))<sup>r</sup> · 2F1(r, b; a+b−1; t/(α+t))]
     * </pre>
     * See {@link #expectedRepeat} for how it is evaluated (no division by a−1, no overflow, z close to 1).
     *
     * @throws IllegalArgumentException if t is negative or not finite
     */
    public double expectedRepeatPurchases(double t) {
        Checks.horizon(t);
        return expectedRepeat(r, alpha, a, b, t);
    }

    /**
     * E[Y(t) | x, t<sub>x</sub>, T], the expected number of purchases in the next t weeks (T, T+t] of a customer with
     * this history, paper equation (10):
     * <pre>
     *   E[Y(t) | x, t<sub>x</sub>, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))<sup>r+x</sup> · 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))]
     *                       / (1 + δ<sub>x&gt;0</sub> · a/(b+x−1) · ((α+T)/(α+t<sub>x</sub>))<sup>r+x</sup>)
     * </pre>
     * The denominator is 1/{@link #pAlive P(alive)} and the numerator is E[X(t)] of equation (9) with the posterior
     * parameters of a customer alive at T: r+x, α+T, a, b+x. So it is evaluated as P(alive) · E[X(t) | r+x, α+T, a,
     * b+x]; see {@link #expectedRepeat} for why that stays finite and accurate for x in the thousands.
     *
     * @throws IllegalArgumentException if t is negative or not finite, or for an invalid history
     */
    public double conditionalExpectedPurchases(double t, int x, double tx, double T) {
        Checks.horizon(t);
        double alive = pAlive(x, tx, T);
        if (alive == 0) {
            return 0;
        }
        return alive * expectedRepeat(r + x, alpha + T, a, b + x, t);
    }

    /**
     * E[X(t)] of equation (9) for parameters (r, α, a, b) — with a customer's posterior parameters also the
     * numerator of equation (10). With z = t/(α+t), c = a+b−1 and ln(1−z) = −ln(1 + t/α) it is evaluated in one of
     * two equivalent forms:
     *
     * <p><b>Euler form</b> (the usual one). Euler's transformation gives (1−z)<sup>r</sup> 2F1(r, b; c; z) =
     * (1−z)<sup>a−1</sup> 2F1(c−r, a−1; c; z), whose numerator parameters c−r = a+b−1−r and a−1 do not grow with a
     * customer's purchase count x (the original ones, r+x and b+x, make the series overflow). Every term but the
     * first of that series carries the factor (a−1) = first term of (a−1)<sub>n</sub>; writing 2F1(c−r, a−1; c; z) = 1 +
     * (a−1)/c · G with
     * <pre>
     *   G = Σ<sub>n≥1</sub> (c−r)<sub>n</sub> (a)<sub>n−1</sub> / ((c+1)<sub>n−1</sub> n!) · z<sup>n</sup>
     * </pre>
     * the division by a−1 cancels exactly:
     * <pre>
     *   E[X(t)] = c · (1 − (1−z)<sup>a−1</sup>)/(a−1) − (1−z)<sup>a−1</sup> · G
     * </pre>
     * where (1 − (1−z)<sup>a−1</sup>)/(a−1) = −expm1((a−1) ln(1−z))/(a−1) is accurate for any a ≠ 1 and equals its
     * limit −ln(1−z) at a = 1. So a = 1 needs no nudging, and a → 1 is continuous to rounding. c may be negative
     * (a+b &lt; 1) or 0 (then 2F1 itself has a pole, but the final formula is its limit); (c+1)<sub>n−1</sub> has no
     * pole since c+1 = a+b &gt; 0. The relative rounding error is about
     * 10<sup>−16</sup>·c/r (the two terms cancel to first order in z).
     *
     * <p><b>Direct form</b>, used when a ≥ 2 and a−1 &gt; r−a+1: E[X(t)] = c/(a−1) · (−expm1(r ln(1−z) + ln
     * 2F1(r, b; c; z))), with ln 2F1 = log1p(2F1 − 1) and 2F1 − 1 summed from its second term. When a is large the
     * Euler series grows like (1−z)<sup>−(a−1)</sup> before the prefactor cancels it, while this series grows only like
     * (1−z)<sup>−(r−a+1)</sup>; and a−1 ≥ 1 is harmless here. The relative rounding error is about
     * 10<sup>−16</sup>·c/(a−1).
     *
     * <p>Both series are summed by {@link Hypergeometric#series}, with rescaling, so there is no overflow; their terms
     * decay like z<sup>n</sup>, see {@link Hypergeometric} for the number of terms and the accuracy when t is
     * thousands of times α.
     */
    static double expectedRepeat(double r, double alpha, double a, double b, double t) {
        if (t == 0) {
            return 0;
        }
        double logOneMinusZ = -Math.log1p(t / alpha);
        double z = t / (alpha + t);
        double c = a + b - 1;
        double aMinus1 = a - 1;
        if (a >= 2 && aMinus1 > r - a + 1) {
            // F - 1 = sum from n = 1 (all terms positive), so ln F = log1p(F - 1) keeps its digits when F is near 1
            Hypergeometric.Sum f = Hypergeometric.series(r * b / c * z, 1, r, b, c, z);
            double logF = f.logScale() == 0 ? Math.log1p(f.value()) : Math.log(f.value()) + f.logScale();
            return c / aMinus1 * -Math.expm1(r * logOneMinusZ + logF);
        }
        double cr = c - r;
        double first = aMinus1 == 0 ? -logOneMinusZ : -Math.expm1(aMinus1 * logOneMinusZ) / aMinus1;
        Hypergeometric.Sum g = Hypergeometric.series(cr * z, 1, cr, aMinus1, c, z);
        return c * first - g.times(aMinus1 * logOneMinusZ);
    }

    /** ln(e<sup>u</sup> + e<sup>v</sup>) without overflow. */
    static double logSumExp(double u, double v) {
        double max = Math.max(u, v);
        return max + Math.log1p(Math.exp(-Math.abs(u - v)));
    }
}
