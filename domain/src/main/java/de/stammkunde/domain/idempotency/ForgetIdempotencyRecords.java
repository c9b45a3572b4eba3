package de.stammkunde.domain.idempotency;

import java.time.Clock;
import java.time.Duration;

/**
 * Use case (scheduled daily): forgets remembered responses after {@code keepFor} (72 hours) — they may hold
 * personal data (the name, e-mail and phone number in the response to a created customer), and a client retries
 * within minutes, not days. A retry with a forgotten key runs as a new request.
 */
public final class ForgetIdempotencyRecords {
    private final IdempotencyRecords records;
    private final Clock clock;
    private final Duration keepFor;

    public ForgetIdempotencyRecords(IdempotencyRecords records, Clock clock, Duration keepFor) {
        this.records = records;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** Deletes at most {@code limit} of them; returns how many (call again while it returns {@code limit}). */
    public int forget(int limit) {
        return records.deleteCreatedBefore(clock.instant().minus(keepFor), limit);
    }
}
