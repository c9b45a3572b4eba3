package de.stammkunde.domain.history;

import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A purchase-history import and where it stands. {@code rowsDone}: data lines processed (imported, found again or
 * skipped) — a resumed job continues after them.
 */
public record ImportJob(ShopId shopId, UUID id, Status status, boolean awardPoints, @Nullable String fileName,
                        long bytes, long rowsTotal, long rowsDone, long imported, long duplicates, long skipped,
                        long customersCreated, @Nullable String failure, String createdBy, Instant createdAt,
                        @Nullable Instant startedAt, @Nullable Instant finishedAt) {
    public enum Status { QUEUED, RUNNING, DONE, FAILED }
}
