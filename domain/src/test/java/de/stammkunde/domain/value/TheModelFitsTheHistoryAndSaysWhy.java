package de.stammkunde.domain.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hipparchus.random.RandomDataGenerator;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which model a history supports, what each scores, and the arithmetic of the simple ones by hand. */
class TheModelFitsTheHistoryAndSaysWhy {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final int TODAY_DAY = (int) TODAY.toEpochDay();
    private static final ValueSettings SETTINGS = new ValueSettings(new BigDecimal("30"), new BigDecimal("10"), 36);

    @Test
    void aFewCustomersGetTheHistoricalValueTheMarginEarnedSoFar() {
        var h = CustomerHistories.builder()
                .add(UUID.randomUUID(), 1, 10, 20, 20.0, 0, TODAY_DAY - 20, TODAY_DAY - 10, 30.0)
                .add(UUID.randomUUID(), 0, 0, 400, 0, 0, TODAY_DAY - 400, TODAY_DAY - 400, 5.0)
                .build();
        var selected = ModelSelection.select(h, new long[] {0, 0});
        assertThat(selected.kind()).isEqualTo(ModelSelection.Kind.HISTORICAL);
        assertThat(selected.reasonCode()).isEqualTo("historical");
        assertThat(selected.reasonArgs()).containsExactly("2", "1", "57");
        var scores = ScoreCustomers.score(h, selected, SETTINGS, TODAY, p -> { });
        assertThat(scores.get(0).clv()).isCloseTo(9.0, within(1e-9));
        assertThat(scores.get(0).segment()).isEqualTo(CustomerScore.Segment.ACTIVE);
        assertThat(scores.get(1).clv()).isCloseTo(1.5, within(1e-9));
        assertThat(scores.get(1).segment()).as("last bought 400 days ago").isEqualTo(CustomerScore.Segment.LIKELY_LOST);
        assertThat(scores.get(0).pAlive()).isNull();
    }

    @Test
    void withAMeasurableRetentionTheRetentionModelProjectsTheYearlyRevenue() {
        // 2 years as a customer, 200 revenue: 100 a year; retention 50 %, 10 % discount, 36 months:
        // 0.3 × 100 × (0.5/1.1 + 0.25/1.21 + 0.125/1.331) = 30 × 0.754320… = 22.6296…
        var h = CustomerHistories.builder()
                .add(UUID.randomUUID(), 5, 700, 729, 40.0, 0, TODAY_DAY - 729, TODAY_DAY - 29, 200.0)
                .build();
        var selected = ModelSelection.select(h, new long[] {40, 20});
        assertThat(selected.kind()).isEqualTo(ModelSelection.Kind.RETENTION);
        assertThat(selected.reasonArgs()).last().isEqualTo("50");
        double expected = 0.3 * (200 / ((729 + 1) / 365.25)) * (0.5 / 1.1 + 0.25 / 1.21 + 0.125 / 1.331);
        var score = ScoreCustomers.score(h, selected, SETTINGS, TODAY, p -> { }).getFirst();
        assertThat(score.clv()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void aRealHistoryGetsBgNbdWithSpendAndSegmentsByPAlive() {
        RandomDataGenerator random = new RandomDataGenerator(11);
        var b = CustomerHistories.builder();
        for (int c = 0; c < 3000; c++) {
            double lambda = random.nextGamma(0.8, 1) / 6.0; // per week
            double p = random.nextBeta(1, 3);
            int first = TODAY_DAY - 60 - random.nextInt(600);
            double mean = 10 + random.nextGamma(4, 1) * 3;
            int x = 0;
            int last = first;
            double t = first;
            double sum = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / lambda * 7;
                if (t > TODAY_DAY) {
                    break;
                }
                if ((int) t != last) {
                    x++;
                    last = (int) t;
                    sum += mean * (0.5 + random.nextDouble());
                }
                if (random.nextDouble() < p) {
                    break;
                }
            }
            b.add(UUID.randomUUID(), x, last - first, TODAY_DAY - first, x == 0 ? 0 : sum / x, 0, first, last,
                    mean + sum);
        }
        var h = b.build();
        var selected = ModelSelection.select(h, new long[] {500, 200});
        assertThat(selected.kind()).isEqualTo(ModelSelection.Kind.BG_NBD);
        assertThat(selected.reasonCode()).isEqualTo("bgnbd");
        assertThat(selected.gammaGamma()).isNotNull();
        var scores = ScoreCustomers.score(h, selected, SETTINGS, TODAY, p -> { });
        assertThat(scores).hasSize(3000);
        for (var s : scores) {
            assertThat(s.clv()).isFinite().isGreaterThanOrEqualTo(0);
            if (s.frequency() > 0) {
                var expected = s.pAlive() >= 0.6 ? CustomerScore.Segment.ACTIVE : s.pAlive() >= 0.25
                        ? CustomerScore.Segment.AT_RISK : CustomerScore.Segment.LIKELY_LOST;
                assertThat(s.segment()).isEqualTo(expected);
            } else {
                assertThat(s.pAlive()).as("BG/NBD: no drop-out before the first repeat").isEqualTo(1.0);
            }
        }
        // a customer who bought often and lately is worth more than one who bought often long ago
        var recent = ScoreCustomers.score(CustomerHistories.builder()
                .add(UUID.randomUUID(), 10, 300, 301, 20, 0, TODAY_DAY - 301, TODAY_DAY - 1, 220)
                .add(UUID.randomUUID(), 10, 100, 301, 20, 0, TODAY_DAY - 301, TODAY_DAY - 201, 220)
                .build(), selected, SETTINGS, TODAY, p -> { });
        assertThat(recent.get(0).clv()).isGreaterThan(recent.get(1).clv());
        assertThat(recent.get(0).pAlive()).isGreaterThan(recent.get(1).pAlive());
    }

    @Test
    void histogramBucketsHaveRoundWidths() {
        assertThat(ValueDashboard.niceWidth(new BigDecimal("0.4"))).isEqualByComparingTo("1");
        assertThat(ValueDashboard.niceWidth(new BigDecimal("13"))).isEqualByComparingTo("20");
        assertThat(ValueDashboard.niceWidth(new BigDecimal("41"))).isEqualByComparingTo("50");
        assertThat(ValueDashboard.niceWidth(new BigDecimal("51"))).isEqualByComparingTo("100");
        assertThat(ValueDashboard.niceWidth(new BigDecimal("100"))).isEqualByComparingTo("100");
    }


}
