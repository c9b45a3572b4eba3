package de.stammkunde.api.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock, which the demo can set back for the work of one thread: the demo shop's history is
 * entered through the real use cases, and whatever they stamp with "now" — a customer's enrolment and welcome bonus,
 * a tier upgrade after a purchase, points released after the return window — then carries the time it happened, not
 * the minute the demo was seeded. Outside {@link #at} (and in every other thread) it is the system clock in UTC.
 */
public final class HistoryClock extends Clock {
    private final Clock system;
    private final ThreadLocal<@Nullable Instant> pinned = new ThreadLocal<>();

    public HistoryClock(Clock system) {
        this.system = system;
    }

    /** Runs {@code work} in this thread with "now" at {@code at} (a moment in the past; nesting is not supported). */
    public <T> T at(Instant at, Supplier<T> work) {
        pinned.set(at);
        try {
            return work.get();
        } finally {
            pinned.remove();
        }
    }

    public void at(Instant at, Runnable work) {
        at(at, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
        return at != null ? at : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return system.withZone(zone);
    }
}
