package de.stammkunde.domain.value;

import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: scoring runs. */
public interface ClvRuns {
    /** Queues a run unless one is queued or running for the shop already; the run that will do it. */
    ClvRun queue(ShopId shopId, String createdBy, Instant now);

    /** Claims the oldest queued run, or a running one whose heartbeat is older than {@code staleBefore}. */
    Optional<ClvRun> claimNext(Instant now, Instant staleBefore);

    void progress(ShopId shopId, UUID id, double progress, Instant now);

    void finish(ShopId shopId, UUID id, ClvRun.Status status, @Nullable String model, @Nullable String reason,
                @Nullable String parameters, long customers, @Nullable String failure, Instant now);

    List<ClvRun> recent(ShopId shopId, int limit);

    Optional<ClvRun> lastDone(ShopId shopId);

    /** Shops with at least one purchase (the nightly run scores them all). */
    List<ShopId> shopsWithPurchases();
}
