package de.stammkunde.persistence.value;

import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.value.CustomerHistories;
import de.stammkunde.domain.value.PurchaseSummaries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The per-customer summaries in one SQL statement each, streamed (a cursor of 10,000 rows at a time: a million
 * customers never sit in the JDBC driver at once). Days are the shop's calendar days.
 */
final class JooqPurchaseSummaries implements PurchaseSummaries {
    private static final String HISTORIES = """
            WITH d AS (
              SELECT p.customer_id, (p.occurred_at AT TIME ZONE ?)::date AS day,
                     sum(p.amount - p.amount_returned) AS value
              FROM purchase p
              WHERE p.shop_id = ? AND p.occurred_at < ?::timestamptz
              GROUP BY 1, 2
            ), c AS (
              SELECT customer_id, min(day) AS first_day,
                     max(day) FILTER (WHERE day <= ?::date) AS last_day,
                     count(*) FILTER (WHERE day <= ?::date) - 1 AS x,
                     sum(value) FILTER (WHERE day <= ?::date) AS total,
                     count(*) FILTER (WHERE day > ?::date) AS holdout
              FROM d GROUP BY customer_id
              HAVING min(day) <= ?::date
            )
            SELECT c.customer_id, c.x, c.last_day - c.first_day, ?::date - c.first_day,
                   CASE WHEN c.x > 0 THEN (c.total - f.value) / c.x ELSE 0 END,
                   c.holdout, c.first_day - DATE '1970-01-01', c.last_day - DATE '1970-01-01', c.total
            FROM c JOIN d f ON f.customer_id = c.customer_id AND f.day = c.first_day
            """;
    private static final String WEEKLY = """
            WITH d AS (
              SELECT customer_id, (occurred_at AT TIME ZONE ?)::date AS day
              FROM purchase WHERE shop_id = ? AND occurred_at < ?::timestamptz
              GROUP BY 1, 2
            ), f AS (
              SELECT customer_id, min(day) AS first_day FROM d GROUP BY 1 HAVING min(day) <= ?::date
            )
            SELECT (d.day - ?::date) / 7, count(*)
            FROM d JOIN f USING (customer_id)
            WHERE d.day > f.first_day AND d.day >= ?::date
            GROUP BY 1 ORDER BY 1
            """;
    private static final String RETENTION = """
            SELECT count(*) FILTER (WHERE prev), count(*) FILTER (WHERE prev AND last)
            FROM (
              SELECT customer_id, bool_or(occurred_at < ?::timestamptz) AS prev, bool_or(occurred_at >= ?::timestamptz) AS last
              FROM purchase WHERE shop_id = ? AND occurred_at >= ?::timestamptz AND occurred_at < ?::timestamptz
              GROUP BY customer_id
            ) s
            """;

    private final DSLContext dsl;

    JooqPurchaseSummaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public CustomerHistories histories(ShopId shopId, ZoneId zone, LocalDate calibrationEnd,
                                       @Nullable LocalDate holdoutEnd) {
        LocalDate end = holdoutEnd == null ? calibrationEnd : holdoutEnd;
        var builder = CustomerHistories.builder();
        try (var cursor = dsl.resultQuery(HISTORIES, zone.getId(), shopId.value(), startOf(end.plusDays(1), zone),
                calibrationEnd, calibrationEnd, calibrationEnd, calibrationEnd, calibrationEnd, calibrationEnd)
                .fetchSize(10_000).fetchLazy()) {
            for (var r : cursor) {
                BigDecimal mean = r.get(4, BigDecimal.class);
                BigDecimal total = r.get(8, BigDecimal.class);
                builder.add(r.get(0, UUID.class), r.get(1, Integer.class), r.get(2, Integer.class),
                        r.get(3, Integer.class), mean == null ? 0 : mean.doubleValue(), r.get(5, Integer.class),
                        r.get(6, Integer.class), r.get(7, Integer.class), total == null ? 0 : total.doubleValue());
            }
        }
        return builder.build();
    }

    @Override
    public long[] weeklyRepeatDays(ShopId shopId, ZoneId zone, LocalDate start, LocalDate calibrationEnd,
                                   LocalDate end) {
        int weeks = (int) ((end.toEpochDay() - start.toEpochDay()) / 7) + 1;
        long[] counts = new long[Math.max(0, weeks)];
        dsl.resultQuery(WEEKLY, zone.getId(), shopId.value(), startOf(end.plusDays(1), zone), calibrationEnd, start,
                start).forEach(r -> {
                    int w = r.get(0, Integer.class);
                    if (w >= 0 && w < counts.length) {
                        counts[w] = r.get(1, Long.class);
                    }
                });
        return counts;
    }

    @Override
    public long[] retention(ShopId shopId, ZoneId zone, LocalDate asOf) {
        OffsetDateTime end = startOf(asOf.plusDays(1), zone);
        OffsetDateTime lastYear = startOf(asOf.plusDays(1).minusYears(1), zone);
        OffsetDateTime yearBefore = startOf(asOf.plusDays(1).minusYears(2), zone);
        var r = dsl.resultQuery(RETENTION, lastYear, lastYear, shopId.value(), yearBefore, end).fetchOne();
        return r == null ? new long[] {0, 0} : new long[] {r.get(0, Long.class), r.get(1, Long.class)};
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
    }
}
