package de.stammkunde.domain.value;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: the figures of the owner's value dashboard, computed in the database. */
public interface ValueFigures {
    record Members(long members, long active, long buyers) {
    }

    /** {@code pointValue}: what a point is worth in money (the goodwill policy's), null when not set. */
    record Liability(long points, @Nullable BigDecimal pointValue) {
    }

    record ClvStats(long customers, BigDecimal total, BigDecimal average, BigDecimal median, BigDecimal p95) {
    }

    record Bucket(BigDecimal from, @Nullable BigDecimal to, long customers) {
    }

    record Scored(UUID customerId, long number, String name, @Nullable String email, BigDecimal clv,
                  @Nullable Double pAlive, @Nullable BigDecimal expectedPurchases, @Nullable BigDecimal expectedValue,
                  BigDecimal revenueToDate, CustomerScore.Segment segment, @Nullable LocalDate lastPurchaseOn) {
    }

    record SegmentCount(CustomerScore.Segment segment, long customers, BigDecimal clv) {
    }

    /** {@code buyers.get(k)}: cohort members who bought in the k-th month after their first (0: the first). */
    record Cohort(YearMonth month, long size, List<Long> buyers) {
    }

    record GoodwillEffect(long recipients, BigDecimal spent, @Nullable BigDecimal averageClv,
                          @Nullable BigDecimal averageRevenueAfter, long others, @Nullable BigDecimal othersClv) {
    }

    /** Members, those who bought on or after {@code activeSince}, and those who ever bought. */
    Members members(ShopId shopId, ZoneId zone, LocalDate activeSince);

    Liability liability(ShopId shopId);

    /** Points credited by purchases (pending included) and points redeemed, ever. */
    long[] earnedAndRedeemed(ShopId shopId);

    Optional<ClvStats> clvStats(ShopId shopId);

    /** {@code count} buckets of {@code width} from 0, the last one open-ended. */
    List<Bucket> distribution(ShopId shopId, BigDecimal width, int count);

    /** The scored customers (of a segment, or all), highest value first. */
    List<Scored> scored(ShopId shopId, ZoneId zone, CustomerScore.@Nullable Segment segment, int limit, long offset);

    long countScored(ShopId shopId, CustomerScore.@Nullable Segment segment);

    List<SegmentCount> segments(ShopId shopId);

    /** Monthly cohorts by first purchase from {@code from} to {@code to}, each followed up to {@code to}. */
    List<Cohort> cohorts(ShopId shopId, ZoneId zone, YearMonth from, YearMonth to);

    GoodwillEffect goodwill(ShopId shopId);

    Optional<Scored> score(ShopId shopId, ZoneId zone, CustomerId customerId);

    boolean customerExists(ShopId shopId, CustomerId customerId);

    /** Net revenue to date of one customer. */
    BigDecimal revenueToDate(ShopId shopId, CustomerId customerId);
}
