package de.stammkunde.domain.value;

import de.stammkunde.domain.shared.ShopId;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Port: purchase histories summarised in the database (one row per customer, never one per purchase). */
public interface PurchaseSummaries {
    /**
     * The customers whose first purchase day is on or before {@code calibrationEnd}, summarised over the purchase
     * days up to it (days in {@code zone}, values net of returns); with {@code holdoutEnd}, their repeat purchase days
     * after {@code calibrationEnd} up to it.
     */
    CustomerHistories histories(ShopId shopId, ZoneId zone, LocalDate calibrationEnd, @Nullable LocalDate holdoutEnd);

    /**
     * Repeat purchase days per week — week w covers the days {@code start + 7w} to {@code start + 7w + 6} — up to
     * {@code end}, of the customers whose first purchase day is on or before {@code calibrationEnd}.
     */
    long[] weeklyRepeatDays(ShopId shopId, ZoneId zone, LocalDate start, LocalDate calibrationEnd, LocalDate end);

    /**
     * Year-on-year retention as of {@code asOf}: how many customers bought in the year before the last one, and how
     * many of them bought again in the last year.
     */
    long[] retention(ShopId shopId, ZoneId zone, LocalDate asOf);
}
