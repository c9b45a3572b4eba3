/**
 * Customer lifetime value: how many purchases a customer will still make and what they will be worth.
 *
 * <ul>
 *   <li>{@link de.stammkunde.domain.clv.BgNbdParameters BG/NBD} (Fader, Hardie &amp; Lee 2005, "Counting Your
 *       Customers the Easy Way"): purchases while alive follow a Poisson process, after each repeat purchase the
 *       customer drops out for good with probability p; rates and dropout probabilities vary across customers
 *       (gamma and beta). Fitted by maximum likelihood with {@link de.stammkunde.domain.clv.BgNbdFitter} on
 *       {@link de.stammkunde.domain.clv.RfmData} (x, t<sub>x</sub>, T per customer, in weeks).</li>
 *   <li>{@link de.stammkunde.domain.clv.GammaGammaParameters Gamma-Gamma} (Fader &amp; Hardie 2013, "The
 *       Gamma-Gamma Model of Monetary Value"): the average value of a customer's purchases, fitted with
 *       {@link de.stammkunde.domain.clv.GammaGammaFitter} on the customers with at least one repeat purchase.</li>
 *   <li>{@link de.stammkunde.domain.clv.DiscountedLifetimeValue}: the expected purchases of the coming months,
 *       discounted; multiplied by the expected value and the margin by the caller.</li>
 * </ul>
 *
 * <p>Pure Java (JDK and Hipparchus). A fit with too little data throws {@link de.stammkunde.domain.clv.NotEnoughData}
 * so the caller can fall back to a simpler estimate.
 */
@NullMarked
package de.stammkunde.domain.clv;

import org.jspecify.annotations.NullMarked;
