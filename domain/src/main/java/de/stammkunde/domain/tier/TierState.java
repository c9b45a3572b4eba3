package de.stammkunde.domain.tier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's tier: which one and since when, and since when their spend has been below it (the grace period
 * before a downgrade runs from there). No tier is the base level.
 */
public record TierState(@Nullable UUID tierId, @Nullable Instant since, @Nullable Instant belowSince) {
    public static final TierState BASE = new TierState(null, null, null);
}
