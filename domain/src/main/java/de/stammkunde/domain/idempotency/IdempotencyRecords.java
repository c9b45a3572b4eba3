package de.stammkunde.domain.idempotency;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;

/**
 * Port: remembered responses of retryable writes. {@link #claim} runs in the same transaction as the write; a
 * concurrent claim of the same key waits for the first transaction and then sees its outcome.
 */
public interface IdempotencyRecords {
    sealed interface Claim {
        /** First time this key is used: go ahead, then {@link #complete}. */
        record Claimed() implements Claim {
        }

        /** The key was used before with the same request: here is the first response. */
        record Replay(int status, String body) implements Claim {
        }

        /** The key was used before for a different request. */
        record Mismatch() implements Claim {
        }
    }

    Claim claim(ShopId shopId, String key, String requestFingerprint, Actor actor);

    void complete(ShopId shopId, String key, int status, String body);
}
