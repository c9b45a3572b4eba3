package de.stammkunde.domain.clv;

import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises a log-likelihood over log-parameters (so the parameters stay positive) with Powell's BOBYQA
 * (Hipparchus): a derivative-free trust-region method that fits a quadratic model to 2n+1 points and so needs far
 * fewer evaluations than Nelder-Mead on these smooth problems (about 100–200 for the BG/NBD's four parameters).
 *
 * <p>The best point ever evaluated is kept, so a run that hits the evaluation limit still returns the best point
 * found, reported as not converged. A run that ends on the box around the start (the likelihood still rising
 * towards a parameter of 0 or infinity, a degenerate model) is reported as not converged too.
 */
final class MaximumLikelihood {
    /** Returned to the minimiser for a non-finite log-likelihood: large, but finite for BOBYQA's quadratic models. */
    private static final double PENALTY = 1e100;

    record Result(double[] logParameters, double meanLogLikelihood, int evaluations, boolean converged) {
    }

    private MaximumLikelihood() {
    }

    /**
     * @param meanLogLikelihood the log-likelihood per customer at the given log-parameters
     * @param start             start log-parameters
     * @param lower             lower bounds of the log-parameters
     * @param upper             upper bounds of the log-parameters
     * @param initialRadius     the first trust region: steps of this size in the log-parameters (1: a factor e)
     * @param stoppingRadius    the last trust region: the relative precision of the parameters
     */
    static Result maximise(ToDoubleFunction<double[]> meanLogLikelihood, double[] start, double[] lower,
                           double[] upper, double initialRadius, double stoppingRadius, int maxEvaluations) {
        int n = start.length;
        double[] best = start.clone();
        double[] bestValue = {Double.NEGATIVE_INFINITY};
        int[] evaluations = {0};
        ObjectiveFunction objective = new ObjectiveFunction(point -> {
            evaluations[0]++;
            double value = meanLogLikelihood.applyAsDouble(point);
            if (!Double.isFinite(value)) {
                return PENALTY;
            }
            if (value > bestValue[0]) {
                bestValue[0] = value;
                System.arraycopy(point, 0, best, 0, n);
            }
            return -value;
        });
        boolean converged;
        try {
            new BOBYQAOptimizer(2 * n + 1, initialRadius, stoppingRadius).optimize(new MaxEval(maxEvaluations),
                    objective, GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper));
            converged = true;
        } catch (MathIllegalStateException tooManyEvaluationsOrStuck) {
            converged = false;
        }
        for (int i = 0; i < n; i++) {
            if (best[i] - lower[i] < 1e-3 || upper[i] - best[i] < 1e-3) {
                converged = false;
            }
        }
        return new Result(best, bestValue[0], evaluations[0], converged && Double.isFinite(bestValue[0]));
    }
}
