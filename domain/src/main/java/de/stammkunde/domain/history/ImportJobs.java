package de.stammkunde.domain.history;

import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: import jobs, their stored files and their error lists. */
public interface ImportJobs {
    void create(ImportJob job);

    /** Records the stored file's size and data lines. */
    void sized(ShopId shopId, UUID id, long bytes, long rowsTotal);

    Optional<ImportJob> byId(ShopId shopId, UUID id);

    /** The shop's imports, newest first. */
    List<ImportJob> recent(ShopId shopId, int limit);

    /**
     * Claims the oldest queued job, or a running one whose heartbeat is older than {@code staleBefore} (its worker
     * died): marks it running with a heartbeat of {@code now}, counting the attempt. Empty when there is none.
     */
    Optional<ImportJob> claimNext(Instant now, Instant staleBefore, int maxAttempts);

    /** Adds a batch's counts and errors, moves {@code rowsDone} on and beats the heart. */
    void progress(ShopId shopId, UUID id, long rowsDone, long imported, long duplicates, long customersCreated,
                  List<PurchaseFile.Error> errors, Instant now);

    /** Marks the job done (and drops its stored file) or failed with a reason. */
    void finish(ShopId shopId, UUID id, ImportJob.Status status, @org.jspecify.annotations.Nullable String failure,
                Instant now);

    /** Jobs that ran out of attempts: marked failed so nobody waits for them. */
    int failExhausted(int maxAttempts, Instant staleBefore, Instant now);

    /** The first {@code limit} errors from line {@code afterLine} on, by line. */
    List<PurchaseFile.Error> errors(ShopId shopId, UUID id, long afterLine, int limit);
}
