package de.stammkunde.domain.shop;

import de.stammkunde.domain.shared.Decision;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When the shop answers customers: one opening span per weekday, in the shop's zone (a day without one is closed).
 * Outside them a customer's request gets an automatic acknowledgement (DOMAIN.md §4, Begrüßen). A shop that set
 * nothing has {@link #DEFAULT}: Monday to Friday 9–18, Saturday 9–14.
 */
public record BusinessHours(Map<DayOfWeek, Span> days) {
    /** Opens at {@code opens}, closes at {@code closes} (later the same day). */
    public record Span(LocalTime opens, LocalTime closes) {
    }

    /** One weekday's hours as entered; {@code opens}/{@code closes} null together: closed that day. */
    public record Day(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    public static final BusinessHours DEFAULT;

    static {
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        Span weekday = new Span(LocalTime.of(9, 0), LocalTime.of(18, 0));
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(d, weekday);
        }
        days.put(DayOfWeek.SATURDAY, new Span(LocalTime.of(9, 0), LocalTime.of(14, 0)));
        DEFAULT = new BusinessHours(days);
    }

    public BusinessHours {
        days = Map.copyOf(days);
    }

    /** The hours as entered, checked: each weekday once, closing after opening; the field names the bad entry. */
    public static BusinessHours of(List<Day> entered) {
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < entered.size(); i++) {
            Day d = entered.get(i);
            if (days.containsKey(d.day())) {
                Decision.reject("business-hours-day-twice", "days[" + i + "].day", "Each weekday once").orThrow();
            }
            if (!d.closes().isAfter(d.opens())) {
                Decision.reject("business-hours-order", "days[" + i + "].closes",
                        "Closing comes after opening (the same day)").orThrow();
            }
            days.put(d.day(), new Span(d.opens(), d.closes()));
        }
        return new BusinessHours(days);
    }

    public boolean openAt(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        Span span = days.get(local.getDayOfWeek());
        LocalTime time = local.toLocalTime();
        return span != null && !time.isBefore(span.opens()) && time.isBefore(span.closes());
    }

    /** The next time the shop opens after {@code at} (now, if open), within a week; empty if never open. */
    public Optional<Instant> nextOpening(Instant at, ZoneId zone) {
        if (openAt(at, zone)) {
            return Optional.of(at);
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        for (int i = 0; i <= 7; i++) {
            LocalDate d = day.plusDays(i);
            Span span = days.get(d.getDayOfWeek());
            if (span != null) {
                Instant opens = d.atTime(span.opens()).atZone(zone).toInstant();
                if (opens.isAfter(at)) {
                    return Optional.of(opens);
                }
            }
        }
        return Optional.empty();
    }

    /** Monday first. */
    public List<Day> asDays() {
        List<Day> list = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            Span span = days.get(d);
            if (span != null) {
                list.add(new Day(d, span.opens(), span.closes()));
            }
        }
        return list;
    }

    /** Compact text for storage: {@code MONDAY=09:00-18:00;SATURDAY=09:00-14:00} (empty: closed every day). */
    public String encode() {
        return asDays().stream().map(d -> d.day() + "=" + d.opens() + "-" + d.closes())
                .collect(Collectors.joining(";"));
    }

    public static BusinessHours decode(String text) {
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] dayAndSpan = part.split("=");
            String[] times = dayAndSpan[1].split("-");
            days.put(DayOfWeek.valueOf(dayAndSpan[0]), new Span(LocalTime.parse(times[0]), LocalTime.parse(times[1])));
        }
        return new BusinessHours(days);
    }
}
