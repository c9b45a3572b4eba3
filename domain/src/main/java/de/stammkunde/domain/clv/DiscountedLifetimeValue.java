package de.stammkunde.domain.clv;

import java.util.Objects;

/**
 * Discounted expected purchases of a customer over a horizon in monthly steps — the BG/NBD part of a customer
 * lifetime value; the caller multiplies by the expected value per purchase ({@link
 * GammaGammaParameters#conditionalExpectedValue}) and the margin.
 */
public final class DiscountedLifetimeValue {
    /** Weeks per month: 52/12. */
    static final double WEEKS_PER_MONTH = 52.0 / 12.0;

    private DiscountedLifetimeValue() {
    }

    /**
     * The expected purchases of month m, E[Y(m·w) | x, t<sub>x</sub>, T] − E[Y((m−1)·w) | x, t<sub>x</sub>, T] with w
     * = 52/12 weeks and E[Y] from {@link BgNbdParameters#conditionalExpectedPurchases} (paper equation (10)), each
     * discounted to the end of the calibration period as if it fell at the end of its month:
     * <pre>
     *   Σ<sub>m=1..horizonMonths</sub> (E[Y(m·w)] − E[Y((m−1)·w)]) / (1 + i)<sup>m</sup>,   i = (1 + annualDiscountRate)<sup>1/12</sup> − 1
     * </pre>
     * P(alive) is computed once (E[Y] = P(alive) · E[X(t) | r+x, α+T, a, b+x], see there), and (1+i)<sup>−m</sup> as
     * exp(−m·ln(1 + annualDiscountRate)/12). With a discount rate of 0 the sum telescopes to E[Y(horizon)].
     *
     * @param horizonMonths      number of months, ≥ 0 (0 gives 0)
     * @param annualDiscountRate for example 0.1 for 10 % a year; finite and &gt; −1
     * @throws IllegalArgumentException for a negative horizon, an invalid discount rate, or an invalid history
     */
    public static double discountedExpectedPurchases(BgNbdParameters p, int x, double tx, double T, int horizonMonths,
                                                     double annualDiscountRate) {
        Objects.requireNonNull(p, "p");
        Checks.history(x, tx, T);
        if (horizonMonths < 0) {
            throw new IllegalArgumentException("horizonMonths must not be negative, was " + horizonMonths);
        }
        if (!Double.isFinite(annualDiscountRate) || annualDiscountRate <= -1) {
            throw new IllegalArgumentException("annualDiscountRate must be a finite number > -1 (e.g. 0.1 for 10 %),"
                    + " was " + annualDiscountRate);
        }
        double alive = p.pAlive(x, tx, T);
        if (alive == 0 || horizonMonths == 0) {
            return 0;
        }
        double logDiscountPerMonth = -Math.log1p(annualDiscountRate) / 12;
        double r = p.r() + x;
        double alpha = p.alpha() + T;
        double b = p.b() + x;
        double previous = 0;
        double sum = 0;
        for (int m = 1; m <= horizonMonths; m++) {
            double expected = BgNbdParameters.expectedRepeat(r, alpha, p.a(), b, m * WEEKS_PER_MONTH);
            sum += (expected - previous) * Math.exp(m * logDiscountPerMonth);
            previous = expected;
        }
        return alive * sum;
    }
}
