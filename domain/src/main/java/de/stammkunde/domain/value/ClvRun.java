package de.stammkunde.domain.value;

import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A scoring run: every customer's lifetime value recomputed with the model the history supports. {@code reason}: the
 * model choice as {@code code|args} ({@link ModelSelection.Selected#reason()}); {@code parameters}: the fitted
 * parameters as {@code name=value} pairs separated by spaces.
 */
public record ClvRun(ShopId shopId, UUID id, Status status, double progress, @Nullable String model,
                     @Nullable String reason, @Nullable String parameters, long customers, @Nullable String failure,
                     Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {
    public enum Status { QUEUED, RUNNING, DONE, FAILED }
}
