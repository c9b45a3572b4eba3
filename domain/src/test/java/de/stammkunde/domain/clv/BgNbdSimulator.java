package de.stammkunde.domain.clv;

import java.util.Random;

/**
 * Simulates customers exactly as the BG/NBD model assumes (Fader, Hardie &amp; Lee 2005, section 3): λ ~ Gamma(shape
 * r, rate α), p ~ Beta(a, b); purchases while alive at exponential intervals with rate λ; after each repeat purchase
 * the customer drops out for good with probability p (never at the first purchase, time 0). Also simulates purchase
 * values for the Gamma-Gamma model: ν ~ Gamma(q, rate γ), each value ~ Gamma(p, rate ν). Deterministic for a seed.
 */
final class BgNbdSimulator {
    private final Random random;

    BgNbdSimulator(long seed) {
        random = new Random(seed);
    }

    /**
     * One simulated customer: the latent λ and p, the calibration summary (x, t<sub>x</sub>, T), whether the customer
     * is still alive at T, and the number of purchases in (T, T + h] for each requested horizon h.
     */
    record Customer(double lambda, double p, int x, double tx, double T, boolean aliveAtT, int[] future) {
    }

    /** A customer drawn from the population. */
    Customer customer(BgNbdParameters parameters, double T, double... horizons) {
        double lambda = gamma(parameters.r(), parameters.alpha());
        double p = beta(parameters.a(), parameters.b());
        return customer(lambda, p, T, horizons);
    }

    /** A customer with the given latent rate and dropout probability. */
    Customer customer(double lambda, double p, double T, double... horizons) {
        double time = 0;
        int x = 0;
        double tx = 0;
        boolean alive = true;
        while (true) {
            time += exponential(lambda);
            if (time > T) {
                break;
            }
            x++;
            tx = time;
            if (random.nextDouble() < p) {
                alive = false;
                break;
            }
        }
        int[] future = new int[horizons.length];
        if (alive) {
            double longest = 0;
            for (double h : horizons) {
                longest = Math.max(longest, h);
            }
            // memoryless: the next purchase after T comes an exponential time after T
            double t = T;
            while (true) {
                t += exponential(lambda);
                if (t > T + longest) {
                    break;
                }
                for (int i = 0; i < horizons.length; i++) {
                    if (t <= T + horizons[i]) {
                        future[i]++;
                    }
                }
                if (random.nextDouble() < p) {
                    break;
                }
            }
        }
        return new Customer(lambda, p, x, tx, T, alive, future);
    }

    /** T uniform in [from, to]. */
    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** The values of x purchases of a customer whose spend rate ν is drawn from Gamma(q, γ): returns their mean. */
    double meanValue(GammaGammaParameters spend, double nu, int x) {
        double sum = 0;
        for (int i = 0; i < x; i++) {
            sum += gamma(spend.p(), nu);
        }
        return sum / x;
    }

    /** ν ~ Gamma(q, rate γ). */
    double nu(GammaGammaParameters spend) {
        return gamma(spend.q(), spend.gamma());
    }

    double exponential(double rate) {
        return -Math.log1p(-random.nextDouble()) / rate;
    }

    /** Gamma(shape, rate) by Marsaglia &amp; Tsang (2000); shape &lt; 1 via Gamma(shape+1)·U<sup>1/shape</sup>. */
    double gamma(double shape, double rate) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1, rate) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    /** Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    double beta(double a, double b) {
        double x = gamma(a, 1);
        double y = gamma(b, 1);
        return x / (x + y);
    }
}
