package de.stammkunde.persistence.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** timestamptz columns map to OffsetDateTime in jOOQ; the domain speaks Instant (UTC). */
public final class Timestamps {
    private Timestamps() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public static @Nullable OffsetDateTime utcOrNull(@Nullable Instant instant) {
        return instant == null ? null : utc(instant);
    }

    public static @Nullable Instant instantOrNull(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
