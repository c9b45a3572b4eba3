package de.stammkunde.persistence.value;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.value.CustomerScore;
import de.stammkunde.domain.value.ValueFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/** The dashboard's figures, each one SQL statement over the shop's rows. */
final class JooqValueFigures implements ValueFigures {
    private static final String SCORED = """
            SELECT s.customer_id, c.customer_number, trim(c.first_name || ' ' || c.last_name), c.email, s.clv,
                   s.p_alive, s.expected_purchases, s.expected_value, s.revenue_to_date, s.segment,
                   (SELECT max(p.occurred_at) FROM purchase p
                    WHERE p.shop_id = s.shop_id AND p.customer_id = s.customer_id)
            FROM clv_score s JOIN customer c ON c.shop_id = s.shop_id AND c.customer_id = s.customer_id
            WHERE s.shop_id = ? AND (?::varchar IS NULL OR s.segment = ?::varchar)
            """;

    private final DSLContext dsl;

    JooqValueFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Members members(ShopId shopId, ZoneId zone, LocalDate activeSince) {
        var r = dsl.resultQuery("""
                SELECT (SELECT count(*) FROM customer WHERE shop_id = ?),
                       (SELECT count(DISTINCT customer_id) FROM purchase WHERE shop_id = ? AND occurred_at >= ?::timestamptz),
                       (SELECT count(DISTINCT customer_id) FROM purchase WHERE shop_id = ?)
                """, shopId.value(), shopId.value(), startOf(activeSince, zone), shopId.value()).fetchSingle();
        return new Members(r.get(0, Long.class), r.get(1, Long.class), r.get(2, Long.class));
    }

    @Override
    public Liability liability(ShopId shopId) {
        var r = dsl.resultQuery("""
                SELECT (SELECT coalesce(sum(available + pending), 0) FROM points_balance WHERE shop_id = ?),
                       (SELECT point_value FROM goodwill_policy WHERE shop_id = ?)
                """, shopId.value(), shopId.value()).fetchSingle();
        return new Liability(r.get(0, Long.class), r.get(1, BigDecimal.class));
    }

    @Override
    public long[] earnedAndRedeemed(ShopId shopId) {
        var r = dsl.resultQuery("""
                SELECT coalesce(sum(available_delta + pending_delta) FILTER (WHERE entry_type = 'PURCHASE_EARN'), 0),
                       coalesce(-sum(available_delta) FILTER (WHERE entry_type = 'REDEMPTION'), 0)
                FROM points_ledger_entry WHERE shop_id = ?
                """, shopId.value()).fetchSingle();
        return new long[] {r.get(0, Long.class), r.get(1, Long.class)};
    }

    @Override
    public Optional<ClvStats> clvStats(ShopId shopId) {
        var r = dsl.resultQuery("""
                SELECT count(*), coalesce(sum(clv), 0), coalesce(avg(clv), 0),
                       coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY clv), 0),
                       coalesce(percentile_cont(0.95) WITHIN GROUP (ORDER BY clv), 0)
                FROM clv_score WHERE shop_id = ?
                """, shopId.value()).fetchSingle();
        long n = r.get(0, Long.class);
        return n == 0 ? Optional.empty() : Optional.of(new ClvStats(n, money(r.get(1, BigDecimal.class)),
                money(r.get(2, BigDecimal.class)), money(r.get(3, BigDecimal.class)),
                money(r.get(4, BigDecimal.class))));
    }

    @Override
    public List<Bucket> distribution(ShopId shopId, BigDecimal width, int count) {
        Map<Integer, Long> counts = new HashMap<>();
        dsl.resultQuery("""
                SELECT LEAST(GREATEST(floor(clv / ?), 0), ?)::int AS b, count(*) FROM clv_score
                WHERE shop_id = ? GROUP BY 1
                """, width, count - 1, shopId.value())
                .forEach(r -> counts.put(r.get(0, Integer.class), r.get(1, Long.class)));
        List<Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            BigDecimal from = width.multiply(BigDecimal.valueOf(b));
            buckets.add(new Bucket(from, b == count - 1 ? null : from.add(width), counts.getOrDefault(b, 0L)));
        }
        return buckets;
    }

    @Override
    public List<Scored> scored(ShopId shopId, ZoneId zone, CustomerScore.@Nullable Segment segment, int limit,
                               long offset) {
        String seg = segment == null ? null : segment.name();
        return dsl.resultQuery(SCORED + " ORDER BY s.clv DESC, c.customer_number LIMIT ? OFFSET ?", shopId.value(),
                seg, seg, limit, offset).fetch(r -> scored(r, zone));
    }

    @Override
    public long countScored(ShopId shopId, CustomerScore.@Nullable Segment segment) {
        String seg = segment == null ? null : segment.name();
        return dsl.resultQuery("SELECT count(*) FROM clv_score WHERE shop_id = ? AND (?::varchar IS NULL OR "
                + "segment = ?::varchar)", shopId.value(), seg, seg).fetchSingle().get(0, Long.class);
    }

    @Override
    public List<SegmentCount> segments(ShopId shopId) {
        Map<String, Record> bySegment = new HashMap<>();
        dsl.resultQuery("SELECT segment, count(*), coalesce(sum(clv), 0) FROM clv_score WHERE shop_id = ? "
                + "GROUP BY segment", shopId.value()).forEach(r -> bySegment.put(r.get(0, String.class), r));
        List<SegmentCount> out = new ArrayList<>();
        for (var s : CustomerScore.Segment.values()) {
            Record r = bySegment.get(s.name());
            out.add(r == null ? new SegmentCount(s, 0, BigDecimal.ZERO.setScale(2))
                    : new SegmentCount(s, r.get(1, Long.class), money(r.get(2, BigDecimal.class))));
        }
        return out;
    }

    @Override
    public List<Cohort> cohorts(ShopId shopId, ZoneId zone, YearMonth from, YearMonth to) {
        Map<YearMonth, long[]> buyers = new HashMap<>();
        Map<YearMonth, Long> sizes = new HashMap<>();
        int months = (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        dsl.resultQuery("""
                WITH d AS (
                  SELECT customer_id, date_trunc('month', occurred_at AT TIME ZONE ?)::date AS m
                  FROM purchase WHERE shop_id = ? GROUP BY 1, 2
                ), f AS (
                  SELECT customer_id, min(m) AS first FROM d GROUP BY 1
                )
                SELECT f.first, ((extract(year FROM d.m) - extract(year FROM f.first)) * 12
                                 + extract(month FROM d.m) - extract(month FROM f.first))::int, count(*)
                FROM d JOIN f USING (customer_id)
                WHERE f.first BETWEEN ?::date AND ?::date
                GROUP BY 1, 2
                """, zone.getId(), shopId.value(), from.atDay(1), to.atDay(1)).forEach(r -> {
                    YearMonth cohort = YearMonth.from(r.get(0, LocalDate.class));
                    int k = r.get(1, Integer.class);
                    long n = r.get(2, Long.class);
                    if (k == 0) {
                        sizes.put(cohort, n);
                    }
                    long[] row = buyers.computeIfAbsent(cohort, c -> new long[months]);
                    if (k >= 0 && k < months) {
                        row[k] = n;
                    }
                });
        List<Cohort> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            long[] row = buyers.get(m);
            if (row == null) {
                continue;
            }
            int observed = (int) m.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
            List<Long> list = new ArrayList<>();
            for (int k = 0; k < Math.min(observed, months); k++) {
                list.add(row[k]);
            }
            out.add(new Cohort(m, sizes.getOrDefault(m, 0L), list));
        }
        return out;
    }

    @Override
    public GoodwillEffect goodwill(ShopId shopId) {
        var r = dsl.resultQuery("""
                WITH g AS (
                  SELECT customer_id, sum(cost) AS spent, min(issued_at) AS first_at FROM goodwill_gesture
                  WHERE shop_id = ? AND issued_at IS NOT NULL GROUP BY customer_id
                )
                SELECT count(*), coalesce(sum(g.spent), 0), avg(s.clv),
                       avg((SELECT coalesce(sum(p.amount - p.amount_returned), 0) FROM purchase p
                            WHERE p.shop_id = ? AND p.customer_id = g.customer_id AND p.occurred_at > g.first_at)),
                       (SELECT count(*) FROM clv_score o WHERE o.shop_id = ? AND NOT EXISTS (
                          SELECT 1 FROM goodwill_gesture x WHERE x.shop_id = o.shop_id
                            AND x.customer_id = o.customer_id AND x.issued_at IS NOT NULL)),
                       (SELECT avg(o.clv) FROM clv_score o WHERE o.shop_id = ? AND NOT EXISTS (
                          SELECT 1 FROM goodwill_gesture x WHERE x.shop_id = o.shop_id
                            AND x.customer_id = o.customer_id AND x.issued_at IS NOT NULL))
                FROM g LEFT JOIN clv_score s ON s.shop_id = ? AND s.customer_id = g.customer_id
                """, shopId.value(), shopId.value(), shopId.value(), shopId.value(), shopId.value()).fetchSingle();
        return new GoodwillEffect(r.get(0, Long.class), money(r.get(1, BigDecimal.class)),
                moneyOrNull(r.get(2, BigDecimal.class)), moneyOrNull(r.get(3, BigDecimal.class)),
                r.get(4, Long.class), moneyOrNull(r.get(5, BigDecimal.class)));
    }

    @Override
    public Optional<Scored> score(ShopId shopId, ZoneId zone, CustomerId customerId) {
        return dsl.resultQuery(SCORED + " AND s.customer_id = ?", shopId.value(), null, null, customerId.value())
                .fetchOptional(r -> scored(r, zone));
    }

    @Override
    public boolean customerExists(ShopId shopId, CustomerId customerId) {
        return dsl.resultQuery("SELECT 1 FROM customer WHERE shop_id = ? AND customer_id = ?", shopId.value(),
                customerId.value()).fetchOptional().isPresent();
    }

    @Override
    public BigDecimal revenueToDate(ShopId shopId, CustomerId customerId) {
        return money(dsl.resultQuery("SELECT coalesce(sum(amount - amount_returned), 0) FROM purchase "
                + "WHERE shop_id = ? AND customer_id = ?", shopId.value(), customerId.value())
                .fetchSingle().get(0, BigDecimal.class));
    }

    private static Scored scored(Record r, ZoneId zone) {
        BigDecimal pAlive = r.get(5, BigDecimal.class);
        OffsetDateTime last = r.get(10, OffsetDateTime.class);
        return new Scored(r.get(0, UUID.class), r.get(1, Long.class), r.get(2, String.class), r.get(3, String.class),
                money(r.get(4, BigDecimal.class)), pAlive == null ? null : pAlive.doubleValue(),
                r.get(6, BigDecimal.class), moneyOrNull(r.get(7, BigDecimal.class)),
                money(r.get(8, BigDecimal.class)), CustomerScore.Segment.valueOf(r.get(9, String.class)),
                last == null ? null : last.atZoneSameInstant(zone).toLocalDate());
    }

    private static BigDecimal money(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2)
                : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal moneyOrNull(@Nullable BigDecimal value) {
        return value == null ? null : money(value);
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
    }
}
