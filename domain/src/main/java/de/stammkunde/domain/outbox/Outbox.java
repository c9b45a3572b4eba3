package de.stammkunde.domain.outbox;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Port: the outbox table. Every kind of message (mail, events) has the same shape and the same life. */
public interface Outbox {
    /** Queues the message, due at once; false (and nothing queued) when the shop has one with its topic and key. */
    boolean add(OutboxMessage message, Instant now, Actor actor);

    /**
     * Queues the message held: kept, but not delivered before {@link #release} (a new shop's mail waits until the
     * owner confirmed the address); false (and nothing queued) when the shop has one with its topic and key.
     */
    boolean addHeld(OutboxMessage message, Instant now, Actor actor);

    /** The shop's held messages of the topic become due at once; how many. */
    int release(ShopId shopId, String topic, Instant now);

    /**
     * Claims the next due message — waiting and due, or claimed before and its lease run out — for
     * {@code leaseFor}: marks it as being delivered, counts the attempt and returns the lease. Call it in a short
     * transaction of its own and commit before delivering; concurrent claimers skip rows another one is claiming.
     */
    Optional<Lease> claimNext(Instant now, Duration leaseFor);

    /** Delivered. False when the lease was lost (ran out and the message was claimed again). */
    boolean done(Lease lease, Instant at);

    /** Not delivered this time: due again at {@code at}. False when the lease was lost. */
    boolean retryAt(Lease lease, Instant at, String error);

    /** Given up: stays as failed until the owner queues it again. False when the lease was lost. */
    boolean giveUp(Lease lease, String error);

    /**
     * Delivery states of a shop's messages of one topic: waiting (incl. being delivered), done, given up, held
     * (until released).
     */
    record Counts(long waiting, long done, long failed, long held) {
    }

    Counts counts(ShopId shopId, String topic);

    /** A message that failed at least once: given up ({@code failed}) or waiting for its next attempt. */
    record Trouble(OutboxMessage message, boolean failed, int attempts, String lastError, Instant createdAt,
                   @Nullable Instant nextAttemptAt) {
    }

    /** The shop's messages of the topic that failed at least once and are not done, latest first. */
    List<Trouble> troubles(ShopId shopId, String topic, int limit);

    /** Queues the shop's given-up messages of the topic again, due at once, with fresh attempts; how many. */
    int retryGivenUp(ShopId shopId, String topic, Instant now);

    /**
     * Deletes messages delivered before {@code before} (they hold addresses and names, and are kept only to show
     * recent deliveries), at most {@code limit}; returns how many.
     */
    int deleteDoneBefore(Instant before, int limit);
}
