package de.stammkunde.domain.value;

import de.stammkunde.domain.clv.BgNbdFit;
import de.stammkunde.domain.clv.BgNbdFitter;
import de.stammkunde.domain.clv.BgNbdParameters;
import de.stammkunde.domain.clv.GammaGammaFit;
import de.stammkunde.domain.clv.NotEnoughData;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Query: BG/NBD and Gamma-Gamma fitted on the shop's history as of any date — purchases up to {@code calibrationEnd}
 * (inclusive) by the customers whose first purchase is on or before it, parameters in weeks — and, with
 * {@code holdoutEnd}, the holdout validation of Fader, Hardie &amp; Lee (2005): expected against actual repeat
 * purchases in the holdout per calibration-period frequency (their figure 5, 7 meaning 7 or more) and the
 * cumulative expected against actual repeat purchases week by week over calibration and holdout (figure 4), so the
 * owner sees how far to trust the model.
 */
public final class FitModel {
    public static final int TOP_FREQUENCY = 7;

    public record FrequencyRow(int frequency, long customers, double expected, double actual) {
    }

    public record WeekPoint(int week, LocalDate date, double expected, double actual) {
    }

    public record Holdout(double weeks, double calibrationWeeks, List<FrequencyRow> byFrequency,
                          List<WeekPoint> cumulative) {
    }

    /** {@code reason}: why there is no BG/NBD fit ({@code no-purchases}, {@code no-repeaters}), else null. */
    public record Result(LocalDate calibrationEnd, @Nullable LocalDate holdoutEnd, long customers, long repeaters,
                         @Nullable BgNbdFit bgnbd, @Nullable GammaGammaFit gammaGamma, @Nullable String reason,
                         @Nullable Holdout holdout) {
    }

    private final Shops shops;
    private final PurchaseSummaries summaries;
    private final Clock clock;

    public FitModel(Shops shops, PurchaseSummaries summaries, Clock clock) {
        this.shops = shops;
        this.summaries = summaries;
        this.clock = clock;
    }

    public Result fit(ShopId shopId, LocalDate calibrationEnd, @Nullable LocalDate holdoutEnd) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        LocalDate today = LocalDate.ofInstant(clock.instant(), shop.timeZone());
        if (calibrationEnd.isAfter(today) || calibrationEnd.getYear() < 1970) {
            Decision.reject("calibration-end-invalid", "calibrationEnd",
                    "The calibration period ends today at the latest").orThrow();
        }
        if (holdoutEnd != null && (!holdoutEnd.isAfter(calibrationEnd) || holdoutEnd.isAfter(today))) {
            Decision.reject("holdout-end-invalid", "holdoutEnd",
                    "The holdout period ends after the calibration period and today at the latest").orThrow();
        }
        CustomerHistories h = summaries.histories(shopId, shop.timeZone(), calibrationEnd, holdoutEnd);
        long repeaters = h.repeaters();
        if (h.size() == 0) {
            return new Result(calibrationEnd, holdoutEnd, 0, 0, null, null, "no-purchases", null);
        }
        BgNbdFit fit;
        try {
            fit = BgNbdFitter.fit(h.rfm());
        } catch (NotEnoughData e) {
            return new Result(calibrationEnd, holdoutEnd, h.size(), repeaters, null, null, "no-repeaters", null);
        }
        GammaGammaFit spend = ModelSelection.fitSpend(h);
        Holdout holdout = holdoutEnd == null ? null
                : holdout(shopId, shop, h, fit.parameters(), calibrationEnd, holdoutEnd);
        return new Result(calibrationEnd, holdoutEnd, h.size(), repeaters, fit, spend, null, holdout);
    }

    private Holdout holdout(ShopId shopId, Shop shop, CustomerHistories h, BgNbdParameters p,
                            LocalDate calibrationEnd, LocalDate holdoutEnd) {
        double holdoutWeeks = ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd) / 7.0;
        long[] customers = new long[TOP_FREQUENCY + 1];
        double[] expected = new double[TOP_FREQUENCY + 1];
        double[] actual = new double[TOP_FREQUENCY + 1];
        double[] conditional = IntStream.range(0, h.size()).parallel()
                .mapToDouble(i -> p.conditionalExpectedPurchases(holdoutWeeks, h.frequency(i),
                        h.frequency(i) == 0 ? 0 : h.recencyWeeks(i), h.ageWeeks(i)))
                .toArray();
        int start = Integer.MAX_VALUE;
        for (int i = 0; i < h.size(); i++) {
            int f = Math.min(TOP_FREQUENCY, h.frequency(i));
            customers[f]++;
            expected[f] += conditional[i];
            actual[f] += h.holdoutRepeats(i);
            start = Math.min(start, h.firstDay(i));
        }
        List<FrequencyRow> byFrequency = new ArrayList<>();
        for (int f = 0; f <= TOP_FREQUENCY; f++) {
            if (customers[f] > 0) {
                byFrequency.add(new FrequencyRow(f, customers[f], expected[f] / customers[f],
                        actual[f] / customers[f]));
            }
        }
        // Figure 4: customers join in cohorts by their first purchase day; cohort d expects E[X(t - d)] by day t.
        LocalDate startDay = LocalDate.ofEpochDay(start);
        int totalDays = (int) ChronoUnit.DAYS.between(startDay, holdoutEnd) + 1;
        long[] cohort = new long[totalDays];
        for (int i = 0; i < h.size(); i++) {
            cohort[h.firstDay(i) - start]++;
        }
        double[] expectedByAge = new double[totalDays + 1];
        IntStream.rangeClosed(0, totalDays).parallel()
                .forEach(d -> expectedByAge[d] = p.expectedRepeatPurchases(d / 7.0));
        long[] weekly = summaries.weeklyRepeatDays(shopId, shop.timeZone(), startDay, calibrationEnd, holdoutEnd);
        int weeks = (totalDays + 6) / 7;
        List<WeekPoint> cumulative = new ArrayList<>();
        double actualSum = 0;
        for (int w = 0; w < weeks; w++) {
            int endDay = Math.min(totalDays, 7 * (w + 1)); // days since start at the end of week w
            double e = 0;
            for (int d = 0; d < endDay; d++) {
                if (cohort[d] > 0) {
                    // a customer who first bought on day d has had (endDay - d - 1) days since, plus the day itself
                    e += cohort[d] * expectedByAge[endDay - d - 1];
                }
            }
            actualSum += w < weekly.length ? weekly[w] : 0;
            cumulative.add(new WeekPoint(w + 1, startDay.plusDays(endDay - 1L), e, actualSum));
        }
        double calibrationWeeks = ChronoUnit.DAYS.between(startDay, calibrationEnd) / 7.0;
        return new Holdout(holdoutWeeks, calibrationWeeks, byFrequency, thin(cumulative));
    }

    /** At most ~260 points for a chart: every k-th week, always with the last. */
    private static List<WeekPoint> thin(List<WeekPoint> points) {
        int k = Math.max(1, (points.size() + 259) / 260);
        if (k == 1) {
            return points;
        }
        List<WeekPoint> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (i % k == k - 1 || i == points.size() - 1) {
                out.add(points.get(i));
            }
        }
        return out;
    }
}
