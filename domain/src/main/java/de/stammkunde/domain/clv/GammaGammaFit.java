package de.stammkunde.domain.clv;

/**
 * The result of {@link GammaGammaFitter#fit}.
 *
 * @param parameters    the maximum-likelihood parameters
 * @param logLikelihood the log-likelihood at those parameters (sum over the customers with x ≥ 1)
 * @param customers     the number of customers fitted: those with at least one repeat purchase (sum of weights)
 * @param evaluations   how many times the likelihood was evaluated
 * @param converged     false if the optimiser stopped at its evaluation limit or at a bound of the parameter box
 */
public record GammaGammaFit(GammaGammaParameters parameters, double logLikelihood, long customers, int evaluations,
                            boolean converged) {
}
