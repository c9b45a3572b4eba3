package de.stammkunde.domain.clv;

import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Fits the {@link BgNbdParameters BG/NBD model} by maximum likelihood: the sum over customers of equation (6) of
 * Fader, Hardie &amp; Lee (2005) is maximised over the log-parameters (ln r, ln α, ln a, ln b), so the parameters stay
 * positive.
 *
 * <ol>
 *   <li>Search: Hipparchus' BOBYQA ({@link MaximumLikelihood}) on an evenly spread sample of at most
 *       {@value #SAMPLE_ROWS} rows (all rows if there are fewer), to a relative precision of 10<sup>−4</sup>. It starts
 *       from r = a = b = 1 and α = T̄/x̄ (the mean age over the mean number of repeat purchases, so the start's mean
 *       rate r/α is the observed one), within e<sup>±16</sup> around that α and [e<sup>−14</sup>, e<sup>14</sup>]
 *       for r, a and b.</li>
 *   <li>Polish: Newton's method on all rows with the analytic gradient and Hessian ({@link
 *       BgNbdLikelihood#derivatives}), each step halved until the likelihood does not decrease, until the step is
 *       below 10<sup>−8</sup> in every log-parameter. From the sample's optimum that takes 3–5 evaluations of the
 *       likelihood with its derivatives (each costing about 1.5 plain ones), where BOBYQA would need about 90
 *       evaluations of the full likelihood.</li>
 *   <li>Fallback: if the Hessian is not negative definite, the step leaves the box, or Newton does not converge in
 *       {@value #NEWTON_STEPS} steps, BOBYQA continues on all rows from the best point found (at most
 *       {@value #MAX_EVALUATIONS} evaluations, to a relative precision of 10<sup>−7</sup>).</li>
 * </ol>
 *
 * <p>Speed: identical summaries are merged, lnΓ terms are computed once per distinct x per evaluation, and the rows
 * are summed in parallel over primitive arrays ({@link BgNbdLikelihood}).
 */
public final class BgNbdFitter {
    static final int MAX_EVALUATIONS = 1000;
    static final int SAMPLE_ROWS = 30_000;
    static final int NEWTON_STEPS = 30;
    private static final double BOX_R_A_B = 14;
    private static final double BOX_ALPHA = 16;

    private BgNbdFitter() {
    }

    /**
     * @throws NotEnoughData if no customer has a repeat purchase (then the likelihood has no maximum: every rate and
     *                       dropout parameter fits "nobody buys again")
     */
    public static BgNbdFit fit(RfmData data) {
        BgNbdLikelihood all = BgNbdLikelihood.of(data);
        if (all.customers() == 0) {
            throw new NotEnoughData("There are no customers to fit the BG/NBD model on.");
        }
        if (all.repeatCustomers() == 0) {
            throw new NotEnoughData("No customer has bought a second time yet, so the BG/NBD model cannot estimate how"
                    + " often customers buy again.");
        }
        double logAlpha = Math.log(Math.max(all.meanAge(), 1e-3) / Math.max(all.meanFrequency(), 1e-3));
        double[] start = {0, logAlpha, 0, 0};
        double[] lower = {-BOX_R_A_B, logAlpha - BOX_ALPHA, -BOX_R_A_B, -BOX_R_A_B};
        double[] upper = {BOX_R_A_B, logAlpha + BOX_ALPHA, BOX_R_A_B, BOX_R_A_B};

        BgNbdLikelihood sample = all.sample(SAMPLE_ROWS);
        if (sample.repeatCustomers() == 0) {
            sample = all;
        }
        MaximumLikelihood.Result search = search(sample, start, lower, upper, 1, 1e-4);
        int evaluations = search.evaluations();
        Newton newton = newton(all, search.logParameters(), lower, upper);
        evaluations += newton.evaluations;
        double[] best = newton.logParameters;
        boolean converged = newton.converged;
        if (!newton.converged) {
            MaximumLikelihood.Result fallback = search(all, best, lower, upper, 0.1, 1e-7);
            evaluations += fallback.evaluations();
            best = fallback.logParameters();
            converged = fallback.converged();
        }
        BgNbdParameters parameters = new BgNbdParameters(Math.exp(best[0]), Math.exp(best[1]), Math.exp(best[2]),
                Math.exp(best[3]));
        double logLikelihood = all.logLikelihood(parameters.r(), parameters.alpha(), parameters.a(), parameters.b());
        return new BgNbdFit(parameters, logLikelihood, all.customers(), evaluations + 1, converged);
    }

    private static MaximumLikelihood.Result search(BgNbdLikelihood likelihood, double[] start, double[] lower,
                                                   double[] upper, double initialRadius, double stoppingRadius) {
        double customers = likelihood.customers();
        return MaximumLikelihood.maximise(
                p -> likelihood.logLikelihood(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]))
                        / customers,
                start, lower, upper, initialRadius, stoppingRadius, MAX_EVALUATIONS);
    }

    /** The result of {@link #newton}: the best point, whether the steps converged, and the evaluations used. */
    record Newton(double[] logParameters, boolean converged, int evaluations) {
    }

    /**
     * Newton's method on the log-parameters: Δ = −H<sup>−1</sup>g with H = ∇² ln L negative definite (checked by a
     * Cholesky decomposition of −H), no log-parameter moving by more than 1 per step, the step halved (at most 30
     * times) until ln L does not decrease by more than rounding (10<sup>−12</sup> relative). Converged when the
     * accepted step is below 10<sup>−8</sup> in every log-parameter, or when a step below 10<sup>−6</sup> cannot be
     * improved upon (then the remaining change is at rounding level).
     */
    static Newton newton(BgNbdLikelihood likelihood, double[] start, double[] lower, double[] upper) {
        double[] x = start.clone();
        BgNbdLikelihood.Derivatives d = likelihood.derivatives(Math.exp(x[0]), Math.exp(x[1]), Math.exp(x[2]),
                Math.exp(x[3]));
        int evaluations = 1;
        if (!Double.isFinite(d.value())) {
            return new Newton(x, false, evaluations);
        }
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] delta;
            try {
                RealMatrix negativeHessian = MatrixUtils.createRealMatrix(d.hessian()).scalarMultiply(-1);
                delta = new CholeskyDecomposition(negativeHessian, 1e-12, 1e-14).getSolver()
                        .solve(MatrixUtils.createRealVector(d.gradient())).toArray();
            } catch (RuntimeException notNegativeDefinite) {
                return new Newton(x, false, evaluations);
            }
            double largest = 0;
            for (double v : delta) {
                largest = Math.max(largest, Math.abs(v));
            }
            if (!(largest < Double.POSITIVE_INFINITY)) {
                return new Newton(x, false, evaluations);
            }
            double factor = largest > 1 ? 1 / largest : 1;
            boolean accepted = false;
            for (int halving = 0; halving < 30 && !accepted; halving++, factor /= 2) {
                double[] candidate = new double[4];
                for (int i = 0; i < 4; i++) {
                    candidate[i] = x[i] + factor * delta[i];
                    if (candidate[i] < lower[i] || candidate[i] > upper[i]) {
                        return new Newton(x, false, evaluations);
                    }
                }
                BgNbdLikelihood.Derivatives next = likelihood.derivatives(Math.exp(candidate[0]),
                        Math.exp(candidate[1]), Math.exp(candidate[2]), Math.exp(candidate[3]));
                evaluations++;
                if (next.value() >= d.value() - 1e-12 * Math.abs(d.value())) {
                    x = candidate;
                    d = next;
                    accepted = true;
                }
            }
            if (!accepted) {
                return new Newton(x, largest < 1e-6, evaluations);
            }
            if (largest < 1e-8) {
                return new Newton(x, true, evaluations);
            }
        }
        return new Newton(x, false, evaluations);
    }
}
