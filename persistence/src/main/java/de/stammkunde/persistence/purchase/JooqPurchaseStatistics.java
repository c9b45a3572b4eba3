package de.stammkunde.persistence.purchase;

import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.percentileCont;

import de.stammkunde.domain.purchase.PurchaseStatistics;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * The shop's usual purchase amounts from the purchase table, kept in memory for an hour per shop: a percentile over a
 * year of a large shop's purchases takes a few hundred milliseconds, and what is usual does not change by the minute.
 * The cache is per instance and bounded by the number of shops that record by hand.
 */
final class JooqPurchaseStatistics implements PurchaseStatistics {
    static final Duration KEEP = Duration.ofHours(1);

    private record Known(Optional<BigDecimal> usualUpTo, Instant at) {
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final ConcurrentHashMap<ShopId, Known> known = new ConcurrentHashMap<>();

    JooqPurchaseStatistics(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public Optional<BigDecimal> usualUpTo(ShopId shopId) {
        Instant now = clock.instant();
        Known cached = known.get(shopId);
        if (cached != null && cached.at().plus(KEEP).isAfter(now)) {
            return cached.usualUpTo();
        }
        Record2<Integer, BigDecimal> row = dsl.select(count(), percentileCont(0.95).withinGroupOrderBy(PURCHASE.AMOUNT))
                .from(PURCHASE)
                .where(PURCHASE.SHOP_ID.eq(shopId.value()))
                .and(PURCHASE.OCCURRED_AT.ge(now.minus(Duration.ofDays(365)).atOffset(ZoneOffset.UTC)))
                .fetchOne();
        Optional<BigDecimal> usual = row == null || row.value1() < MIN_PURCHASES || row.value2() == null
                ? Optional.empty() : Optional.of(row.value2());
        known.put(shopId, new Known(usual, now));
        return usual;
    }
}
