package de.stammkunde.domain.clv;

import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma model of monetary value, Fader &amp; Hardie (2013), "The Gamma-Gamma Model of Monetary Value": the
 * values of a customer's purchases are Gamma(shape p, rate ν) around that customer's mean p/ν; ν varies across
 * customers as Gamma(shape q, rate γ). Purchase values are assumed independent of the purchase process (BG/NBD). A
 * customer is summarised by x, the number of repeat purchases, and m<sub>x</sub>, their mean value.
 *
 * @param p     shape of the purchase values around a customer's mean
 * @param q     shape of the heterogeneity across customers
 * @param gamma rate (in the currency unit of the values) of the heterogeneity across customers
 */
public record GammaGammaParameters(double p, double q, double gamma) {
    public GammaGammaParameters {
        Checks.positive("p", p);
        Checks.positive("q", q);
        Checks.positive("gamma", gamma);
    }

    /**
     * The log-density of a customer's mean value m<sub>x</sub> given x ≥ 1. Given ν the sum of the x values is
     * Gamma(px, ν), so m<sub>x</sub> is Gamma(px, νx); integrating ν over its Gamma(q, γ) distribution gives the
     * marginal density of the note:
     * <pre>
     *   f(m<sub>x</sub> | p, q, γ; x) = Γ(px+q) / (Γ(px) Γ(q)) · γ<sup>q</sup> m<sub>x</sub><sup>px−1</sup> x<sup>px</sup> / (γ + m<sub>x</sub>x)<sup>px+q</sup>
     * </pre>
     * evaluated in log space with lnΓ, so it stays finite for any x.
     *
     * @throws IllegalArgumentException if x &lt; 1 (no repeat purchase carries no value information) or m<sub>x</sub>
     *                                  is not a finite number &gt; 0
     */
    public double logLikelihood(int x, double meanValue) {
        if (x < 1) {
            throw new IllegalArgumentException("the Gamma-Gamma likelihood needs x >= 1 repeat purchases, was " + x);
        }
        checkMeanValue(meanValue);
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(meanValue) + px * Math.log(x) - (px + q) * Math.log(gamma + meanValue * x);
    }

    /**
     * E[M | x, m<sub>x</sub>], the expected mean value of this customer's future purchases, equation (5) of the note:
     * <pre>
     *   E[M | p, q, γ; m<sub>x</sub>, x] = p (γ + m<sub>x</sub>x) / (px + q − 1)
     *                         = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m<sub>x</sub>
     * </pre>
     * a weighted average of the population mean and the customer's own mean that leans towards the latter as x grows.
     * For x = 0 it is the {@link #populationMeanValue() population mean} (meanValue is then ignored). NaN when px + q
     * ≤ 1: the posterior mean is then infinite.
     *
     * @throws IllegalArgumentException if x &lt; 0, or x ≥ 1 and m<sub>x</sub> is not a finite number &gt; 0
     */
    public double conditionalExpectedValue(int x, double meanValue) {
        if (x < 0) {
            throw new IllegalArgumentException("x (number of repeat purchases) must not be negative, was " + x);
        }
        if (x == 0) {
            return populationMeanValue();
        }
        checkMeanValue(meanValue);
        double px = p * x;
        double denominator = px + q - 1;
        return denominator > 0 ? p * (gamma + meanValue * x) / denominator : Double.NaN;
    }

    /** E[M] = pγ/(q−1), the mean purchase value across customers; NaN when q ≤ 1 (then the mean is infinite). */
    public double populationMeanValue() {
        return q > 1 ? p * gamma / (q - 1) : Double.NaN;
    }

    private static void checkMeanValue(double meanValue) {
        if (!(meanValue > 0) || meanValue == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the mean purchase value must be a finite number > 0, was "
                    + meanValue);
        }
    }
}
