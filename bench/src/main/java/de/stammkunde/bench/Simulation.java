package de.stammkunde.bench;

/**
 * Customers as BG/NBD tells their story (Fader, Hardie & Lee 2005): each buys at a rate λ ~ Gamma(r, α) per week and
 * leaves after a repeat purchase with p ~ Beta(a, b); spend per purchase ~ Gamma(p, ν), ν ~ Gamma(q, γ). Times in whole
 * days, as the application sees them. Draws come from Hipparchus' {@code RandomDataGenerator}.
 */
final class Simulation {
    static final double R = 0.243;
    static final double ALPHA = 4.414;
    static final double A = 0.793;
    static final double B = 2.426;

    private Simulation() {
    }
}
