package de.stammkunde.domain.idempotency;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;

/**
 * Port: remembered responses of retryable writes, per shop, caller and key: a key is the caller's own (two tills
 * may use the same one). {@link #claim} runs in the same transaction as the write; a concurrent claim of the same
 * key by the same caller waits for the first transaction and then sees its outcome.
 */
public interface IdempotencyRecords {
    sealed interface Claim {
        /** First time this caller uses this key: go ahead, then {@link #complete}. */
        record Claimed() implements Claim {
        }

        /** The caller used the key before with the same request: here is the first response. */
        record Replay(int status, String body) implements Claim {
        }

        /** The caller used the key before for a different request. */
        record Mismatch() implements Claim {
        }
    }

    Claim claim(ShopId shopId, Actor caller, String key, String requestFingerprint);

    void complete(ShopId shopId, Actor caller, String key, int status, String body);

    /** Deletes at most {@code limit} records created before {@code before}, of any shop; returns how many. */
    int deleteCreatedBefore(Instant before, int limit);
}
