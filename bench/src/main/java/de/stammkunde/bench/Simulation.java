package de.stammkunde.bench;

import java.util.Random;

/**
 * Customers as BG/NBD tells their story (Fader, Hardie & Lee 2005): each buys at a rate λ ~ Gamma(r, α) per week and
 * leaves after a repeat purchase with p ~ Beta(a, b); spend per purchase ~ Gamma(p, ν), ν ~ Gamma(q, γ). Times in whole
 * days, as the application sees them.
 */
final class Simulation {
    static final double R = 0.243;
    static final double ALPHA = 4.414;
    static final double A = 0.793;
    static final double B = 2.426;

    private Simulation() {
    }

    static double gamma(double shape, Random random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static double beta(double a, double b, Random random) {
        double x = gamma(a, random);
        return x / (x + gamma(b, random));
    }
}
