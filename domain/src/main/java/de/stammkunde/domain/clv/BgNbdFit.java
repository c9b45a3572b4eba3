package de.stammkunde.domain.clv;

/**
 * The result of {@link BgNbdFitter#fit}.
 *
 * @param parameters    the maximum-likelihood parameters
 * @param logLikelihood the log-likelihood of all customers at those parameters (sum over customers of equation (6),
 *                      times in weeks)
 * @param customers     the number of customers fitted (sum of the weights)
 * @param evaluations   how many times the likelihood was evaluated: on the warm-start sample, with derivatives in the
 *                      Newton steps, and on all rows
 * @param converged     false if the optimiser stopped at its evaluation limit or ended at a bound of the parameter
 *                      box (the likelihood rising towards a degenerate model); the parameters are then the best
 *                      found and should be used with care
 */
public record BgNbdFit(BgNbdParameters parameters, double logLikelihood, long customers, int evaluations,
                       boolean converged) {
}
