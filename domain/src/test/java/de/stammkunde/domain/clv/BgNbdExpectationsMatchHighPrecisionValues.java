package de.stammkunde.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * E[Y(t) | x, t<sub>x</sub>, T] (paper equation (10); with x = 0, T = 0 it is E[X(t)], equation (9)) against values
 * computed with 60-digit arithmetic (Python mpmath 1.3, hyp2f1 on the original, untransformed formula; at a = 1 with
 * a = 1 + 10<sup>−40</sup>). The cases cover both evaluation forms (Euler form; direct form for a ≥ 2, large a), a = 1
 * and a = 1 ± 10<sup>−9</sup>, a + b &lt; 1 (negative c), x = 2000, and t up to 10<sup>5</sup> times α.
 */
class BgNbdExpectationsMatchHighPrecisionValues {
    // r, alpha, a, b, t, x, tx, T, E[Y(t) | x, tx, T]
    private static final Object[][] CASES = {
            {"0.243", "4.414", "0.793", "2.426", "1", 0, "0", "0", "0.053267891171658279927"},
            {"0.243", "4.414", "0.793", "2.426", "200", 0, "0", "0", "3.1438555091115285856"},
            {"0.243", "4.414", "0.793", "2.426", "520", 0, "0", "0", "4.9746178618496597289"},
            {"0.243", "4.414", "0.793", "2.426", "39", 2, "30.43", "38.86", "1.2260281747671444463"},
            {"0.243", "4.414", "0.793", "2.426", "52", 50, "70", "78", "7.2156457985488001769"},
            {"0.243", "4.414", "0.793", "2.426", "10", 2000, "99.9", "100", "184.19462732586927038"},
            {"0.5", "3", "1", "2", "26", 0, "0", "0", "1.8536959660173930132"},
            {"0.5", "3", "1", "2", "26", 3, "20", "40", "0.54063703704645816583"},
            {"0.5", "3", "1.000000001", "2", "26", 3, "20", "40", "0.54063703658846780708"},
            {"0.5", "3", "0.999999999", "2", "26", 3, "20", "40", "0.54063703750444852527"},
            {"0.8", "10", "0.3", "0.5", "52", 0, "0", "0", "2.2690475452436019618"},
            {"0.8", "10", "0.3", "0.5", "52", 1, "5", "30", "0.42539314294584367457"},
            {"0.5", "3", "2", "5", "52", 0, "0", "0", "2.4946935525603001352"},
            {"0.5", "3", "1.999999", "5", "52", 0, "0", "0", "2.4946943704830772984"},
            {"0.5", "3", "50", "100", "52", 0, "0", "0", "1.8616771099454123558"},
            {"0.5", "3", "50", "100", "52", 4, "20", "30", "0.75522232796698025974"},
            {"2", "3", "500", "2000", "100", 0, "0", "0", "4.9222642007685619536"},
            {"2", "3", "500", "2000", "100", 7, "40", "52", "1.4339911591166378428"},
            {"1.5", "2", "3", "4", "0.001", 0, "0", "0", "0.00074979916571830263638"},
            {"0.3", "0.05", "0.7", "2", "52", 0, "0", "0", "15.536074575297166816"},
            {"0.3", "0.05", "0.7", "2", "520", 0, "0", "0", "35.743237096916584522"},
    };

    @Test
    void everyCaseAgreesToTwelveDigits() {
        for (Object[] c : CASES) {
            BgNbdParameters p = new BgNbdParameters(d(c[0]), d(c[1]), d(c[2]), d(c[3]));
            double expected = d(c[8]);
            double actual = p.conditionalExpectedPurchases(d(c[4]), (Integer) c[5], d(c[6]), d(c[7]));
            assertThat(actual).as("case %s", Arrays.toString(c)).isCloseTo(expected, within(1e-12 * expected));
        }
    }

    @Test
    void horizonsUpToTenMillionTimesAlphaUseTheSeriesTail() {
        // 1 - z = alpha/(alpha + t) from 1e-5 to 2e-7: beyond the 200,000-term cap; values from mpmath (60 digits)
        assertThat(new BgNbdParameters(0.3, 0.005, 0.7, 2).expectedRepeatPurchases(520))
                .isCloseTo(76.500319005576180098, within(1e-10 * 76.5));
        assertThat(new BgNbdParameters(0.3, 0.0001, 1.5, 2).expectedRepeatPurchases(520))
                .isCloseTo(4.8546570696917227785, within(1e-9 * 4.85));
        assertThat(new BgNbdParameters(2.5, 0.0001, 0.7, 2).expectedRepeatPurchases(520))
                .isCloseTo(666.20279394608446165, within(1e-10 * 666.2));
    }

    @Test
    void aEqualToOneIsTheLimitOfItsNeighbours() {
        // (a+b+x-1)/(a-1) [1 - ...] is 0/0 at a = 1; the Euler form divides by nothing, so a = 1 is exact
        // and the values on either side differ from it by O(a - 1) only.
        for (double delta : new double[] {1e-6, 1e-9, 1e-12, 1e-15}) {
            for (int x : new int[] {0, 3, 40}) {
                double at = new BgNbdParameters(0.5, 3, 1, 2).conditionalExpectedPurchases(26, x, x == 0 ? 0 : 20, 40);
                double below = new BgNbdParameters(0.5, 3, 1 - delta, 2)
                        .conditionalExpectedPurchases(26, x, x == 0 ? 0 : 20, 40);
                double above = new BgNbdParameters(0.5, 3, 1 + delta, 2)
                        .conditionalExpectedPurchases(26, x, x == 0 ? 0 : 20, 40);
                assertThat(below).isGreaterThan(at - 1e-13).isCloseTo(at, within(10 * delta * at + 1e-15 * at));
                assertThat(above).isLessThan(at + 1e-13).isCloseTo(at, within(10 * delta * at + 1e-15 * at));
            }
        }
    }

    @Test
    void theTwoEvaluationFormsAgreeWhereTheySwitch() {
        // the direct form takes over at a = 2 (when a - 1 > r - a + 1); both sides agree to rounding
        for (double t : new double[] {0.01, 5, 52, 500}) {
            double direct = new BgNbdParameters(0.5, 3, 2, 5).expectedRepeatPurchases(t);
            double euler = new BgNbdParameters(0.5, 3, Math.nextDown(2.0), 5).expectedRepeatPurchases(t);
            assertThat(direct).isCloseTo(euler, within(1e-13 * direct));
        }
    }

    @Test
    void expectationsGrowWithTheHorizonAndStartAtZero() {
        BgNbdParameters p = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        assertThat(p.expectedRepeatPurchases(0)).isZero();
        assertThat(p.conditionalExpectedPurchases(0, 3, 10, 30)).isZero();
        // for small t, E[X(t)] = r t / alpha + O(t^2): the cancellation c*first - G is harmless
        assertThat(p.expectedRepeatPurchases(1e-9)).isCloseTo(0.243 * 1e-9 / 4.414, within(1e-6 * 0.243e-9 / 4.414));
        double previous = 0;
        for (int week = 1; week <= 520; week++) {
            double e = p.expectedRepeatPurchases(week);
            assertThat(e).isGreaterThan(previous);
            previous = e;
        }
    }

    private static double d(Object o) {
        return Double.parseDouble((String) o);
    }
}
