package de.stammkunde.domain.value;

import de.stammkunde.domain.clv.BgNbdFit;
import de.stammkunde.domain.clv.BgNbdFitter;
import de.stammkunde.domain.clv.GammaGammaFit;
import de.stammkunde.domain.clv.GammaGammaFitter;
import de.stammkunde.domain.clv.NotEnoughData;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which lifetime-value model a shop's history supports, and why — stated to the owner. BG/NBD (with Gamma-Gamma for
 * spend) needs at least {@value #MIN_CUSTOMERS} customers, {@value #MIN_REPEATERS} of them with a repeat purchase, and
 * {@value #MIN_WEEKS} weeks of history, and a fit that converges; otherwise a retention model when a year-on-year
 * retention can be measured (two years of history), else the historical value (the margin earned so far).
 */
public final class ModelSelection {
    public static final int MIN_CUSTOMERS = 100;
    public static final int MIN_REPEATERS = 30;
    public static final int MIN_WEEKS = 12;

    public enum Kind { BG_NBD, RETENTION, HISTORICAL }

    /**
     * The choice. {@code reason}: a code and its arguments ({@code code|arg|…}) the UI words in the owner's language:
     * {@code bgnbd}, {@code bgnbd-own-spend}, {@code retention}, {@code historical}, {@code no-purchases}; arguments:
     * customers, repeaters, weeks of history, retention in %.
     */
    public record Selected(Kind kind, String reason, @Nullable BgNbdFit bgnbd, @Nullable GammaGammaFit gammaGamma,
                           double retention, long customers, long repeaters, int weeks) {
        public String reasonCode() {
            return reason.split("\\|", -1)[0];
        }

        public List<String> reasonArgs() {
            var parts = reason.split("\\|", -1);
            return Arrays.asList(parts).subList(1, parts.length);
        }
    }

    private ModelSelection() {
    }

    /** {@code retention}: {active the year before last, retained last year} ({@link PurchaseSummaries#retention}). */
    public static Selected select(CustomerHistories h, long[] retention) {
        long customers = h.size();
        long repeaters = h.repeaters();
        int weeks = h.maxAgeDays() / 7;
        double rate = retention[0] == 0 ? Double.NaN : Math.min(0.95, (double) retention[1] / retention[0]);
        if (customers == 0) {
            return new Selected(Kind.HISTORICAL, "no-purchases|0|0|0", null, null, Double.NaN, 0, 0, 0);
        }
        String counts = customers + "|" + repeaters + "|" + weeks;
        if (customers >= MIN_CUSTOMERS && repeaters >= MIN_REPEATERS && weeks >= MIN_WEEKS) {
            try {
                BgNbdFit fit = BgNbdFitter.fit(h.rfm());
                if (fit.converged()) {
                    GammaGammaFit spend = fitSpend(h);
                    return spend == null
                            ? new Selected(Kind.BG_NBD, "bgnbd-own-spend|" + counts, fit, null, rate, customers,
                                    repeaters, weeks)
                            : new Selected(Kind.BG_NBD, "bgnbd|" + counts, fit, spend, rate, customers, repeaters,
                                    weeks);
                }
            } catch (NotEnoughData | IllegalArgumentException e) {
                // falls through to the simpler models
            }
        }
        if (retention[0] >= 20 && !Double.isNaN(rate)) {
            return new Selected(Kind.RETENTION, "retention|" + counts + "|"
                    + String.format(Locale.ROOT, "%.0f", rate * 100), null, null, rate, customers, repeaters, weeks);
        }
        return new Selected(Kind.HISTORICAL, "historical|" + counts, null, null, rate, customers, repeaters, weeks);
    }

    /** Gamma-Gamma on the repeat buyers' mean repeat values; null when there are too few or it does not fit. */
    static @Nullable GammaGammaFit fitSpend(CustomerHistories h) {
        int n = 0;
        int[] x = new int[h.size()];
        double[] m = new double[h.size()];
        long[] w = new long[h.size()];
        for (int i = 0; i < h.size(); i++) {
            if (h.frequency(i) > 0 && h.meanRepeatValue(i) > 0) {
                x[n] = h.frequency(i);
                m[n] = h.meanRepeatValue(i);
                w[n] = 1;
                n++;
            }
        }
        if (n < MIN_REPEATERS) {
            return null;
        }
        try {
            GammaGammaFit fit = GammaGammaFitter.fit(x, m, w, n);
            return fit.converged() && fit.parameters().q() > 1 ? fit : null;
        } catch (NotEnoughData | IllegalArgumentException e) {
            return null;
        }
    }
}
