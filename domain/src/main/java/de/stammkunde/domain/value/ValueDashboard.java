package de.stammkunde.domain.value;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Query: the owner's value dashboard — members and active members, the points liability in money, the redemption
 * rate, the lifetime-value distribution and top customers of the last run with the model that made them, segments by
 * P(alive) with the list to act on, monthly retention cohorts, and the goodwill given against the later value of those
 * who received it — and one customer's value for the agent's customer view.
 */
public final class ValueDashboard {
    static final int BUCKETS = 10;
    static final int COHORT_MONTHS = 12;

    public record Clv(ClvRun run, ValueFigures.ClvStats stats, List<ValueFigures.Bucket> distribution,
                      List<ValueFigures.Scored> top) {
    }

    public record Dashboard(String currency, LocalDate asOf, ValueFigures.Members members,
                            ValueFigures.Liability liability, @Nullable Double redemptionRate, @Nullable Clv clv,
                            List<ValueFigures.SegmentCount> segments, List<ValueFigures.Cohort> cohorts,
                            ValueFigures.GoodwillEffect goodwill, int horizonMonths) {
    }

    public record CustomerValue(String currency, ValueFigures.@Nullable Scored score, BigDecimal revenueToDate,
                                @Nullable ClvRun run, int horizonMonths) {
    }

    public record Page(long total, List<ValueFigures.Scored> items) {
    }

    private final Shops shops;
    private final ValueFigures figures;
    private final ClvRuns runs;
    private final ValueSettingsStore settings;
    private final Clock clock;

    public ValueDashboard(Shops shops, ValueFigures figures, ClvRuns runs, ValueSettingsStore settings, Clock clock) {
        this.shops = shops;
        this.figures = figures;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
    }

    public Dashboard dashboard(ShopId shopId) {
        Shop shop = shop(shopId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), shop.timeZone());
        var members = figures.members(shopId, shop.timeZone(), today.minusDays(90));
        long[] points = figures.earnedAndRedeemed(shopId);
        Double redemption = points[0] == 0 ? null : (double) points[1] / points[0];
        Clv clv = null;
        Optional<ClvRun> last = runs.lastDone(shopId);
        Optional<ValueFigures.ClvStats> stats = figures.clvStats(shopId);
        if (last.isPresent() && stats.isPresent()) {
            BigDecimal width = niceWidth(stats.get().p95().divide(BigDecimal.valueOf(BUCKETS - 1), 6,
                    RoundingMode.HALF_UP));
            clv = new Clv(last.get(), stats.get(), figures.distribution(shopId, width, BUCKETS),
                    figures.scored(shopId, shop.timeZone(), null, 10, 0));
        }
        YearMonth now = YearMonth.from(today);
        return new Dashboard(shop.currency().getCurrencyCode(), today, members, figures.liability(shopId), redemption,
                clv, figures.segments(shopId),
                figures.cohorts(shopId, shop.timeZone(), now.minusMonths(COHORT_MONTHS - 1), now),
                figures.goodwill(shopId), settings.of(shopId).horizonMonths());
    }

    /** The scored customers of a segment (or all), highest value first. */
    public Page customers(ShopId shopId, CustomerScore.@Nullable Segment segment, int limit, long offset) {
        Shop shop = shop(shopId);
        return new Page(figures.countScored(shopId, segment),
                figures.scored(shopId, shop.timeZone(), segment, limit, offset));
    }

    public CustomerValue customer(ShopId shopId, CustomerId customerId) {
        Shop shop = shop(shopId);
        if (!figures.customerExists(shopId, customerId)) {
            throw new NotFoundException("customer", customerId);
        }
        var score = figures.score(shopId, shop.timeZone(), customerId);
        return new CustomerValue(shop.currency().getCurrencyCode(), score.orElse(null),
                figures.revenueToDate(shopId, customerId), runs.lastDone(shopId).orElse(null),
                settings.of(shopId).horizonMonths());
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw} (and at least 1). */
    static BigDecimal niceWidth(BigDecimal raw) {
        double r = Math.max(1, raw.doubleValue());
        double power = Math.pow(10, Math.floor(Math.log10(r)));
        double nice = r <= power ? power : r <= 2 * power ? 2 * power : r <= 5 * power ? 5 * power : 10 * power;
        return BigDecimal.valueOf(nice).setScale(0, RoundingMode.CEILING);
    }

    private Shop shop(ShopId shopId) {
        return shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
    }
}
