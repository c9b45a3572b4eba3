package de.stammkunde.domain.value;

import de.stammkunde.domain.clv.BgNbdParameters;
import de.stammkunde.domain.clv.DiscountedLifetimeValue;
import de.stammkunde.domain.clv.GammaGammaParameters;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.UnitOfWork;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Use case: scores every customer of a shop as of today — P(alive), expected purchases and order value over the
 * horizon, the discounted lifetime value (gross margin × expected value × discounted expected purchases) and a
 * segment — with the model {@link ModelSelection} chooses, in runs that are queued (nightly, on request, after an
 * import), claimed by a worker, and report their progress. The scores replace the last run's in one transaction.
 */
public final class ScoreCustomers {
    /** A run whose heartbeat is older than this lost its worker. */
    public static final Duration STALE = Duration.ofMinutes(10);
    static final double ACTIVE = 0.6;
    static final double AT_RISK = 0.25;
    private static final int CHUNK = 50_000;

    private final Shops shops;
    private final ClvRuns runs;
    private final PurchaseSummaries summaries;
    private final ClvScores scores;
    private final ValueSettingsStore settings;
    private final UnitOfWork uow;
    private final Clock clock;

    public ScoreCustomers(Shops shops, ClvRuns runs, PurchaseSummaries summaries, ClvScores scores,
                          ValueSettingsStore settings, UnitOfWork uow, Clock clock) {
        this.shops = shops;
        this.runs = runs;
        this.summaries = summaries;
        this.scores = scores;
        this.settings = settings;
        this.uow = uow;
        this.clock = clock;
    }

    /** Queues a run for the shop (or returns the one already waiting or running). */
    public ClvRun request(ShopId shopId, Actor actor) {
        shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        return uow.inTransaction(() -> runs.queue(shopId, actor.describe(), now()));
    }

    /** The nightly run: one queued for every shop that has purchases; how many. */
    public int queueAll() {
        var all = uow.inTransaction(runs::shopsWithPurchases);
        all.forEach(shop -> uow.run(() -> runs.queue(shop, Actor.SYSTEM.describe(), now())));
        return all.size();
    }

    public List<ClvRun> recent(ShopId shopId, int limit) {
        return runs.recent(shopId, limit);
    }

    /** Claims the next queued run and does it; the finished run, or empty when none was waiting. */
    public Optional<ClvRun> runNext() {
        Instant now = now();
        Optional<ClvRun> claimed = uow.inTransaction(() -> runs.claimNext(now, now.minus(STALE)));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        ClvRun run = claimed.get();
        try {
            run(run);
        } catch (RuntimeException e) {
            uow.run(() -> runs.finish(run.shopId(), run.id(), ClvRun.Status.FAILED, null, null, null, 0,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("failed"), now()));
            throw e;
        }
        return uow.inTransaction(() -> runs.recent(run.shopId(), 1)).stream().findFirst();
    }

    private void run(ClvRun run) {
        ShopId shopId = run.shopId();
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        LocalDate today = LocalDate.ofInstant(clock.instant(), shop.timeZone());
        ValueSettings valueSettings = uow.inTransaction(() -> settings.of(shopId));
        CustomerHistories h = uow.inTransaction(() -> summaries.histories(shopId, shop.timeZone(), today, null));
        progress(run, 0.2);
        long[] retention = uow.inTransaction(() -> summaries.retention(shopId, shop.timeZone(), today));
        ModelSelection.Selected selected = ModelSelection.select(h, retention);
        progress(run, 0.4);
        List<CustomerScore> result = score(h, selected, valueSettings, today, p -> progress(run, 0.4 + 0.4 * p));
        progress(run, 0.8);
        uow.run(() -> {
            scores.replace(shopId, run.id(), result);
            runs.finish(shopId, run.id(), ClvRun.Status.DONE, selected.kind().name(), selected.reason(),
                    parameters(selected), result.size(), null, now());
        });
    }

    /** Scores every customer of the history with the selected model ({@code progress}: 0 to 1 as chunks finish). */
    public static List<CustomerScore> score(CustomerHistories h, ModelSelection.Selected model, ValueSettings s,
                                            LocalDate asOf, DoubleConsumer progress) {
        int today = (int) asOf.toEpochDay();
        List<CustomerScore> out = new ArrayList<>(h.size());
        var discountedCache = new ConcurrentHashMap<Long, Double>();
        for (int from = 0; from < h.size(); from += CHUNK) {
            int to = Math.min(h.size(), from + CHUNK);
            out.addAll(IntStream.range(from, to).parallel()
                    .mapToObj(i -> scoreOne(h, i, model, s, today, discountedCache)).toList());
            progress.accept((double) to / h.size());
        }
        return out;
    }

    private static CustomerScore scoreOne(CustomerHistories h, int i, ModelSelection.Selected model,
                                          ValueSettings s, int today, ConcurrentHashMap<Long, Double> cache) {
        int x = h.frequency(i);
        double revenue = h.revenue(i);
        int daysSinceLast = today - h.lastDay(i);
        CustomerScore.Segment byRecency = daysSinceLast <= 90 ? CustomerScore.Segment.ACTIVE
                : daysSinceLast <= 365 ? CustomerScore.Segment.AT_RISK : CustomerScore.Segment.LIKELY_LOST;
        switch (model.kind()) {
            case BG_NBD -> {
                BgNbdParameters p = model.bgnbd().parameters();
                double tx = x == 0 ? 0 : h.recencyWeeks(i);
                double age = h.ageWeeks(i);
                double pAlive = p.pAlive(x, tx, age);
                double horizonWeeks = s.horizonMonths() * 52.0 / 12.0;
                double expected = p.conditionalExpectedPurchases(horizonWeeks, x, tx, age);
                GammaGammaParameters gg = model.gammaGamma() == null ? null : model.gammaGamma().parameters();
                double ownMean = revenue / (x + 1);
                double value = gg != null ? gg.conditionalExpectedValue(x, h.meanRepeatValue(i)) : ownMean;
                long key = ((long) x << 40) | ((long) h.recencyDays(i) << 20) | h.ageDays(i);
                double discounted = cache.computeIfAbsent(key, k -> DiscountedLifetimeValue
                        .discountedExpectedPurchases(p, x, tx, age, s.horizonMonths(), s.discountRate()));
                double clv = s.margin() * Math.max(0, value) * discounted;
                // BG/NBD sees no dropout before a first repeat purchase (P(alive) = 1 for x = 0): those by recency
                CustomerScore.Segment segment = x == 0 ? byRecency : pAlive >= ACTIVE ? CustomerScore.Segment.ACTIVE
                        : pAlive >= AT_RISK ? CustomerScore.Segment.AT_RISK : CustomerScore.Segment.LIKELY_LOST;
                return new CustomerScore(h.id(i), x, pAlive, expected, value, finite(clv), revenue, segment);
            }
            case RETENTION -> {
                double r = model.retention();
                double years = Math.max(1.0, (today - h.firstDay(i) + 1) / 365.25);
                double annual = revenue / years;
                double stillThere = daysSinceLast <= 365 ? 1.0 : Math.pow(r, daysSinceLast / 365.25);
                double sum = 0;
                double d = s.discountRate();
                int fullYears = s.horizonMonths() / 12;
                for (int y = 1; y <= fullYears; y++) {
                    sum += Math.pow(r, y) / Math.pow(1 + d, y);
                }
                int restMonths = s.horizonMonths() % 12;
                if (restMonths > 0) {
                    sum += restMonths / 12.0 * Math.pow(r, fullYears + 1) / Math.pow(1 + d, fullYears + 1);
                }
                double clv = s.margin() * annual * stillThere * sum;
                return new CustomerScore(h.id(i), x, null, null, null, finite(clv), revenue, byRecency);
            }
            default -> {
                return new CustomerScore(h.id(i), x, null, null, null, finite(s.margin() * revenue), revenue,
                        byRecency);
            }
        }
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    static @Nullable String parameters(ModelSelection.Selected s) {
        return switch (s.kind()) {
            case BG_NBD -> {
                var p = s.bgnbd().parameters();
                String text = String.format(Locale.ROOT, "r=%.6g alpha=%.6g a=%.6g b=%.6g", p.r(), p.alpha(), p.a(),
                        p.b());
                if (s.gammaGamma() != null) {
                    var g = s.gammaGamma().parameters();
                    text += String.format(Locale.ROOT, " p=%.6g q=%.6g gamma=%.6g", g.p(), g.q(), g.gamma());
                }
                yield text;
            }
            case RETENTION -> String.format(Locale.ROOT, "retention=%.4f", s.retention());
            case HISTORICAL -> null;
        };
    }

    private void progress(ClvRun run, double value) {
        uow.run(() -> runs.progress(run.shopId(), run.id(), value, now()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
