package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Invalid input is an {@link IllegalArgumentException} whose message names the problem; data that cannot support a
 * fit is a {@link NotEnoughData} (an {@link IllegalStateException}) in plain English, so a caller can fall back.
 */
class InvalidInputIsRejected {
    private static final BgNbdParameters P = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    private static final GammaGammaParameters G = new GammaGammaParameters(6.25, 3.74, 15.44);

    @Test
    void histories() {
        RfmData.Builder builder = RfmData.builder();
        assertThatThrownBy(() -> builder.add(-1, 0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x (number of repeat purchases) must not be negative, was -1");
        assertThatThrownBy(() -> builder.add(2, 11, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not exceed T").hasMessageContaining("tx = 11.0 > T = 10.0");
        assertThatThrownBy(() -> builder.add(0, 3, 10)).hasMessageContaining("tx must be 0")
                .hasMessageContaining("x = 0");
        assertThatThrownBy(() -> builder.add(1, Double.NaN, 10)).hasMessageContaining("tx (weeks")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> builder.add(1, -1, 10)).hasMessageContaining("tx (weeks");
        assertThatThrownBy(() -> builder.add(1, 1, Double.POSITIVE_INFINITY)).hasMessageContaining("T (age")
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> builder.add(1, 1, -2)).hasMessageContaining("T (age");
        assertThatThrownBy(() -> builder.add(1, 1, 10, 0)).hasMessageContaining("weight")
                .hasMessageContaining("at least 1");
        assertThat(builder.build().size()).as("nothing invalid was added").isZero();

        assertThatThrownBy(() -> P.logLikelihood(1, 12, 10)).hasMessageContaining("must not exceed T");
        assertThatThrownBy(() -> P.pAlive(-3, 0, 10)).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> P.conditionalExpectedPurchases(10, 1, Double.NaN, 10))
                .hasMessageContaining("tx (weeks");
    }

    @Test
    void parametersAndHorizons() {
        assertThatThrownBy(() -> new BgNbdParameters(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("r must be a finite number > 0, was 0.0");
        assertThatThrownBy(() -> new BgNbdParameters(1, Double.NaN, 1, 1)).hasMessage(
                "alpha must be a finite number > 0, was NaN");
        assertThatThrownBy(() -> new BgNbdParameters(1, 1, Double.POSITIVE_INFINITY, 1))
                .hasMessage("a must be a finite number > 0, was Infinity");
        assertThatThrownBy(() -> new BgNbdParameters(1, 1, 1, -2)).hasMessage("b must be a finite number > 0, was -2.0");
        assertThatThrownBy(() -> new GammaGammaParameters(1, 0, 1)).hasMessageContaining("q must be");
        assertThatThrownBy(() -> new GammaGammaParameters(1, 1, Double.NaN)).hasMessageContaining("gamma must be");
        assertThatThrownBy(() -> P.expectedRepeatPurchases(-1)).hasMessageContaining("t (forecast horizon in weeks)");
        assertThatThrownBy(() -> P.conditionalExpectedPurchases(Double.NaN, 1, 1, 2))
                .hasMessageContaining("t (forecast horizon in weeks)");
    }

    @Test
    void spend() {
        assertThatThrownBy(() -> G.logLikelihood(0, 10)).hasMessageContaining("x >= 1");
        assertThatThrownBy(() -> G.logLikelihood(2, 0)).hasMessageContaining("mean purchase value");
        assertThatThrownBy(() -> G.conditionalExpectedValue(1, Double.NaN)).hasMessageContaining("mean purchase value");
        assertThatThrownBy(() -> G.conditionalExpectedValue(-1, 10)).hasMessageContaining("must not be negative");
        assertThat(G.conditionalExpectedValue(0, Double.NaN)).as("x = 0 ignores the mean value")
                .isEqualTo(G.populationMeanValue());
        assertThat(new GammaGammaParameters(2, 0.8, 10).populationMeanValue()).as("q <= 1: infinite mean").isNaN();

        int[] x = {1, 2, 0};
        long[] w = {1, 1, 1};
        assertThatThrownBy(() -> GammaGammaFitter.fit(x, new double[] {5, -1, 0}, w, 3))
                .hasMessageContaining("mean purchase value must be a finite number > 0")
                .hasMessageContaining("index 1");
        assertThatThrownBy(() -> GammaGammaFitter.fit(new int[] {1, -2}, new double[] {5, 6}, new long[] {1, 1}, 2))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> GammaGammaFitter.fit(x, new double[] {5, 6, 0}, new long[] {1, 0, 1}, 3))
                .hasMessageContaining("weight must be at least 1");
        assertThatThrownBy(() -> GammaGammaFitter.fit(x, new double[] {5, 6}, w, 3))
                .hasMessageContaining("n must be between 0 and the length of every array");
    }

    @Test
    void lifetimeValue() {
        assertThatThrownBy(() -> DiscountedLifetimeValue.discountedExpectedPurchases(P, 1, 5, 10, -1, 0.1))
                .hasMessageContaining("horizonMonths must not be negative");
        assertThatThrownBy(() -> DiscountedLifetimeValue.discountedExpectedPurchases(P, 1, 5, 10, 12, -1))
                .hasMessageContaining("annualDiscountRate must be a finite number > -1");
        assertThatThrownBy(() -> DiscountedLifetimeValue.discountedExpectedPurchases(P, 1, 5, 10, 12, Double.NaN))
                .hasMessageContaining("annualDiscountRate");
        assertThatThrownBy(() -> DiscountedLifetimeValue.discountedExpectedPurchases(P, 1, 15, 10, 12, 0.1))
                .hasMessageContaining("must not exceed T");
    }

    @Test
    void tooLittleDataToFit() {
        RfmData nobodyCameBack = RfmData.builder().add(0, 0, 30, 500).add(0, 0, 12, 40).build();
        assertThatThrownBy(() -> BgNbdFitter.fit(nobodyCameBack)).isInstanceOf(NotEnoughData.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No customer has bought a second time yet, so the BG/NBD model cannot estimate how often"
                        + " customers buy again.");
        assertThatThrownBy(() -> BgNbdFitter.fit(RfmData.builder().build())).isInstanceOf(NotEnoughData.class)
                .hasMessageContaining("no customers");

        assertThatThrownBy(() -> GammaGammaFitter.fit(new int[] {0, 3, 0}, new double[] {0, 12.5, 0},
                new long[] {10, 1, 4}, 3)).isInstanceOf(NotEnoughData.class)
                .hasMessage("Only 1 customer(s) have bought a second time; the Gamma-Gamma spend model needs at least"
                        + " 2.");
        assertThatThrownBy(() -> GammaGammaFitter.fit(new int[] {1, 3}, new double[] {9.9, 9.9},
                new long[] {5, 2}, 2)).isInstanceOf(NotEnoughData.class)
                .hasMessageContaining("same average purchase value");
    }
}
