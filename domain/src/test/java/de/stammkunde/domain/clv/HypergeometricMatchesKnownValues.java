package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * 2F1 against closed forms (Abramowitz &amp; Stegun 15.1) and 50-digit values (Python mpmath 1.3), on every path of
 * {@link Hypergeometric#hyp2f1}: direct series, Euler's transformation, Pfaff's for z &lt; 0, polynomials, z = 0.999
 * and beyond, the block-summed tail past the term cap, and large parameters.
 */
class HypergeometricMatchesKnownValues {
    private static void close(double actual, double expected, double relative) {
        assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
    }

    @Test
    void logarithm() {
        // 2F1(1, 1; 2; z) = -ln(1 - z)/z  (A&S 15.1.3); z = 0.999 needs about 35,000 terms
        for (double z : new double[] {-0.9, -0.5, -1e-3, 1e-3, 0.1, 0.5, 0.9, 0.99, 0.999}) {
            close(Hypergeometric.hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-13);
        }
    }

    @Test
    void binomial() {
        // 2F1(a, b; b; z) = (1 - z)^(-a)  (A&S 15.1.8); with a + b > c the Euler path is taken
        for (double a : new double[] {0.3, 2.5, 7, -1.7}) {
            for (double b : new double[] {1.7, 4, 0.25}) {
                for (double z : new double[] {-0.7, 0.3, 0.95, 0.999}) {
                    close(Hypergeometric.hyp2f1(a, b, b, z), Math.pow(1 - z, -a), 1e-13);
                }
            }
        }
    }

    @Test
    void arcsine() {
        // 2F1(1/2, 1/2; 3/2; z^2) = arcsin(z)/z  (A&S 15.1.6), up to z^2 = 0.999
        for (double z : new double[] {0.1, 0.3, 0.7, 0.9, 0.99, Math.sqrt(0.999)}) {
            close(Hypergeometric.hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z, 1e-13);
        }
    }

    @Test
    void polynomialsAndTerminatingEulerSeries() {
        // a = -3: 1 - 3bz/c + 3b(b+1)z^2/(c(c+1)) - b(b+1)(b+2)z^3/(c(c+1)(c+2))
        double b = 2.5;
        double c = 4.5;
        for (double z : new double[] {-0.9, 0.4, 0.8}) {
            double expected = 1 - 3 * b * z / c + 3 * b * (b + 1) * z * z / (c * (c + 1))
                    - b * (b + 1) * (b + 2) * z * z * z / (c * (c + 1) * (c + 2));
            close(Hypergeometric.hyp2f1(-3, b, c, z), expected, 1e-14);
        }
        // c - b = -1: Euler's series terminates, 2F1(1.5, 2.25; 1.25; z) = (1 - z)^(-2.5) (1 + 0.2 z)
        for (double z : new double[] {0.5, 0.9999}) {
            close(Hypergeometric.hyp2f1(1.5, 2.25, 1.25, z), Math.pow(1 - z, -2.5) * (1 + 0.2 * z), 1e-12);
        }
    }

    @Test
    void fiftyDigitValues() {
        close(Hypergeometric.hyp2f1(0.243, 2.426, 2.219, 0.999), 11.09650428868048555, 1e-13);
        close(Hypergeometric.hyp2f1(-0.7, 1.3, 0.4, -0.95), 2.8277179508491191549, 1e-13);
        close(Hypergeometric.hyp2f1(2.5, -1.5, 3.2, 0.99), 0.13761323455212921629, 1e-13);
        // large parameters (a customer with 2,000 purchases): the direct series would overflow on the way
        close(Hypergeometric.hyp2f1(2000.243, 2002.426, 2002.219, 0.1), 3.4321251785401719851e91, 1e-12);
    }

    @Test
    void zWithinAMillionthOfOneNeedsTheTailBeyondTheTermCap() {
        // 1 - z = 1e-6 and 1e-7 need 35 and 350 million terms; 200,000 are summed, the rest in blocks
        Hypergeometric.Sum sum = Hypergeometric.series(1, 0, 0.5, 0.7, 1.9, 1 - 1e-6);
        assertThat(sum.estimatedTail()).isTrue();
        close(Hypergeometric.hyp2f1(0.5, 0.7, 1.9, 1 - 1e-6), 1.5323424586264735984, 1e-10);
        close(Hypergeometric.hyp2f1(0.5, 0.7, 1.9, 1 - 1e-7), 1.5324310793112566517, 1e-10);
    }

    @Test
    void theBernoulliPolynomialsOfTheTailExpansion() {
        // B_k(0) are the Bernoulli numbers 1/6, 0, -1/30, 0, 1/42; B_k(1 - x) = (-1)^k B_k(x)
        double[] numbers = {1.0 / 6, 0, -1.0 / 30, 0, 1.0 / 42};
        for (int k = 2; k <= 6; k++) {
            assertThat(Hypergeometric.bernoulli(k, 0)).isCloseTo(numbers[k - 2], within(1e-15));
            assertThat(Hypergeometric.bernoulli(k, 1 - 0.3))
                    .isCloseTo((k % 2 == 0 ? 1 : -1) * Hypergeometric.bernoulli(k, 0.3), within(1e-14));
            // B_k(x + 1) - B_k(x) = k x^(k-1)
            assertThat(Hypergeometric.bernoulli(k, 2.7) - Hypergeometric.bernoulli(k, 1.7))
                    .isCloseTo(k * Math.pow(1.7, k - 1), within(1e-11));
        }
    }

    @Test
    void outsideTheDomainIsRejected() {
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("|z| < 1");
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(1, 1, 2, -1.5)).hasMessageContaining("|z| < 1");
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(1, 1, -2, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pole");
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(Double.NaN, 1, 2, 0.5)).hasMessageContaining("finite");
    }
}
