package de.stammkunde.domain.outbox;

import java.time.Clock;
import java.time.Duration;

/**
 * Use case (scheduled daily): forgets delivered messages after {@code keepFor} — they hold addresses and names,
 * and are kept only to show the owner recent deliveries. Given-up messages stay until the owner retries them.
 */
public final class ForgetDelivered {
    private final Outbox outbox;
    private final Clock clock;
    private final Duration keepFor;

    public ForgetDelivered(Outbox outbox, Clock clock, Duration keepFor) {
        this.outbox = outbox;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** Deletes at most {@code limit} of them; returns how many (call again while it returns {@code limit}). */
    public int forget(int limit) {
        return outbox.deleteDoneBefore(clock.instant().minus(keepFor), limit);
    }
}
