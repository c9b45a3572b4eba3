package de.stammkunde.domain.mail;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the outbox table. */
public interface MailOutbox {
    /** Queues the mail, due at once; false when the shop already queued one with the same dedupe key. */
    boolean enqueue(OutgoingMail mail, Instant now, Actor actor);

    /**
     * Locks the next due mail for this transaction, skipping mails another transaction holds, so several
     * senders never send one mail twice at the same time.
     */
    Optional<QueuedMail> claimNextDue(Instant now);

    void markSent(ShopId shopId, UUID mailId, int attempts, Instant sentAt);

    void markRetry(ShopId shopId, UUID mailId, int attempts, Instant nextAttemptAt, String error);

    void markFailed(ShopId shopId, UUID mailId, int attempts, String error);

    /** Delivery states of a shop's mails. */
    record Counts(long pending, long sent, long failed) {
    }

    Counts counts(ShopId shopId);

    /** A mail that failed at least once: given up ({@code failed}) or waiting for its next attempt. */
    record Trouble(UUID mailId, String recipient, MailTemplate template, boolean failed, int attempts,
                   String lastError, Instant queuedAt, @Nullable Instant nextAttemptAt) {
    }

    /**
     * Deletes sent mails sent before {@code before} (they hold addresses and names, and are needed only to show the
     * owner recent deliveries), at most {@code limit}; returns how many.
     */
    int deleteSentBefore(Instant before, int limit);

    /** Queues the shop's given-up mails again, due at once, with fresh attempts; returns how many. */
    int retryFailed(ShopId shopId, Instant now);

    /** The shop's mails that failed at least once and were not sent since, latest first. */
    List<Trouble> troubles(ShopId shopId, int limit);
}
