package de.stammkunde.domain.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Use case (scheduled): sends the next due mail of the outbox. Call it in a transaction: the mail stays locked
 * while it is sent, and its new state commits with it. A mail that cannot be sent is tried again after 1, 2, 4 …
 * minutes (at most 6 hours apart), and given up after {@link #MAX_ATTEMPTS} attempts or at once when the failure
 * is permanent.
 */
public final class DeliverMail {
    public static final int MAX_ATTEMPTS = 10;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final int MAX_ERROR_LENGTH = 500;

    /** What happened to the mail that was due, if one was. */
    public enum Outcome { SENT, RETRY_LATER, FAILED }

    private final MailOutbox outbox;
    private final MailRenderer renderer;
    private final MailTransport transport;
    private final Clock clock;

    public DeliverMail(MailOutbox outbox, MailRenderer renderer, MailTransport transport, Clock clock) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.transport = transport;
        this.clock = clock;
    }

    /** Sends the next due mail; empty when none is due. */
    public Optional<Outcome> deliverNext() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<QueuedMail> next = outbox.claimNextDue(now);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        OutgoingMail mail = next.get().mail();
        int attempt = next.get().attempts() + 1;
        RenderedMail rendered;
        try {
            rendered = renderer.render(mail);
        } catch (RuntimeException e) {
            // A mail that cannot be written will not become writable by waiting: give up on it, keep the rest going.
            outbox.markFailed(mail.shopId(), mail.id(), attempt, "cannot render: " + describe(e));
            return Optional.of(Outcome.FAILED);
        }
        try {
            transport.send(rendered);
            outbox.markSent(mail.shopId(), mail.id(), attempt, now);
            return Optional.of(Outcome.SENT);
        } catch (MailDeliveryException e) {
            if (e.permanent() || attempt >= MAX_ATTEMPTS) {
                outbox.markFailed(mail.shopId(), mail.id(), attempt, describe(e));
                return Optional.of(Outcome.FAILED);
            }
            outbox.markRetry(mail.shopId(), mail.id(), attempt, now.plus(waitAfter(attempt)), describe(e));
            return Optional.of(Outcome.RETRY_LATER);
        }
    }

    /** How long to wait after the given (1-based) failed attempt. */
    static Duration waitAfter(int attempt) {
        if (attempt >= 20) {
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << (attempt - 1));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH);
    }
}
