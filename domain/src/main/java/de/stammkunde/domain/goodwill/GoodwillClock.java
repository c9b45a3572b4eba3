package de.stammkunde.domain.goodwill;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** The calendar month an instant falls in, in the shop's zone, as a half-open window of instants. */
record GoodwillClock(Instant from, Instant until) {
    static GoodwillClock monthOf(Instant at, ZoneId zone) {
        YearMonth month = YearMonth.from(at.atZone(zone));
        return new GoodwillClock(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }
}
