package de.stammkunde.domain.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.shared.RejectedException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open or closed at an instant, and the next opening, in the shop's zone — across a clock change too. */
class BusinessHoursRules {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theDefaultIsOpenOnWeekdaysAndSaturdayMorningInTheShopsZone() {
        BusinessHours h = BusinessHours.DEFAULT;
        assertThat(h.openAt(Instant.parse("2026-11-30T08:00:00Z"), BERLIN)).as("Monday 09:00 Berlin").isTrue();
        assertThat(h.openAt(Instant.parse("2026-11-30T07:59:59Z"), BERLIN)).as("Monday 08:59").isFalse();
        assertThat(h.openAt(Instant.parse("2026-11-30T17:00:00Z"), BERLIN)).as("Monday 18:00 is closed").isFalse();
        assertThat(h.openAt(Instant.parse("2026-12-05T12:59:00Z"), BERLIN)).as("Saturday 13:59").isTrue();
        assertThat(h.openAt(Instant.parse("2026-12-06T10:00:00Z"), BERLIN)).as("Sunday").isFalse();
        assertThat(h.nextOpening(Instant.parse("2026-12-05T14:00:00Z"), BERLIN))
                .as("Saturday afternoon → Monday 09:00").contains(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(h.nextOpening(Instant.parse("2026-11-30T10:00:00Z"), BERLIN)).as("open: now")
                .contains(Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void theNextOpeningAfterTheClockChangeIsInSummerTime() {
        BusinessHours mondays = BusinessHours.of(List.of(new BusinessHours.Day(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalTime.of(12, 0))));
        // Sunday 29 March 2026 the clocks go forward: Monday 09:00 Berlin is 07:00 UTC.
        assertThat(mondays.nextOpening(Instant.parse("2026-03-28T12:00:00Z"), BERLIN))
                .contains(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(BusinessHours.of(List.of()).nextOpening(Instant.parse("2026-03-28T12:00:00Z"), BERLIN))
                .as("never open").isEmpty();
        assertThat(BusinessHours.decode(mondays.encode())).isEqualTo(mondays);
        assertThat(BusinessHours.decode(BusinessHours.DEFAULT.encode())).isEqualTo(BusinessHours.DEFAULT);
    }

    @Test
    void closingBeforeOpeningOrADayTwiceIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> BusinessHours.of(List.of(
                new BusinessHours.Day(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new BusinessHours.Day(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(12, 0)))))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().field()).isEqualTo("days[1].closes"));
        assertThatThrownBy(() -> BusinessHours.of(List.of(
                new BusinessHours.Day(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new BusinessHours.Day(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(14, 0)))))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().field()).isEqualTo("days[1].day"));
    }
}
