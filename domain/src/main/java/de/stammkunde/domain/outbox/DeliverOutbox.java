package de.stammkunde.domain.outbox;

import de.stammkunde.domain.shared.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Use case (scheduled): delivers the next due message of the outbox under a lease. Three steps, each in a
 * transaction of its own: claim (mark it being delivered, count the attempt, commit), deliver (no row lock held;
 * a {@link MessageHandler#transactional transactional} handler's writes commit together with "done"), settle
 * (done, or tried again after 1, 2, 4 … minutes — at most 6 hours apart —, or given up after
 * {@link #MAX_ATTEMPTS} attempts or at once when the failure is permanent). A deliverer that dies half-way leaves a
 * claimed message whose lease runs out; the next run claims it again. Nothing is lost, and nothing is delivered
 * for a transaction that rolled back (the message was never committed).
 */
public final class DeliverOutbox {
    public static final int MAX_ATTEMPTS = 10;
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final int MAX_ERROR_LENGTH = 500;

    /** What became of a message. {@code LEASE_LOST}: it took longer than the lease; another run has it now. */
    public enum Outcome { DONE, RETRY_LATER, FAILED, LEASE_LOST }

    public record Delivery(OutboxMessage message, int attempt, Outcome outcome) {
    }

    private final Outbox outbox;
    private final List<MessageHandler> handlers;
    private final UnitOfWork work;
    private final Clock clock;
    private final Duration lease;

    public DeliverOutbox(Outbox outbox, List<MessageHandler> handlers, UnitOfWork work, Clock clock,
                         Duration lease) {
        this.outbox = outbox;
        this.handlers = List.copyOf(handlers);
        this.work = work;
        this.clock = clock;
        this.lease = lease;
    }

    /** Claims and delivers the next due message; empty when none is due. Call it outside any transaction. */
    public Optional<Delivery> deliverNext() {
        Optional<Lease> claimed = work.inTransaction(() -> outbox.claimNext(now(), lease));
        return claimed.map(this::deliver);
    }

    private Delivery deliver(Lease lease) {
        OutboxMessage message = lease.message();
        if (lease.attempt() > MAX_ATTEMPTS) {
            // Claimed this often without ever being settled: every delivery died half-way. Stop trying.
            return settle(lease, new DeliveryException("delivery did not finish in " + MAX_ATTEMPTS + " attempts",
                    true));
        }
        MessageHandler handler = handlers.stream().filter(h -> h.handles(message.topic())).findFirst().orElse(null);
        if (handler == null) {
            return settle(lease, new DeliveryException("nobody delivers topic " + message.topic(), true));
        }
        try {
            if (handler.transactional(message.topic())) {
                boolean done = work.inTransaction(() -> {
                    handler.handle(message);
                    return outbox.done(lease, now());
                });
                return new Delivery(message, lease.attempt(), done ? Outcome.DONE : Outcome.LEASE_LOST);
            }
            handler.handle(message);
        } catch (RuntimeException e) {
            return settle(lease, e);
        }
        boolean done = work.inTransaction(() -> outbox.done(lease, now()));
        return new Delivery(message, lease.attempt(), done ? Outcome.DONE : Outcome.LEASE_LOST);
    }

    private Delivery settle(Lease lease, RuntimeException failure) {
        boolean permanent = failure instanceof DeliveryException d && d.permanent();
        String error = describe(failure);
        if (permanent || lease.attempt() >= MAX_ATTEMPTS) {
            boolean given = work.inTransaction(() -> outbox.giveUp(lease, error));
            return new Delivery(lease.message(), lease.attempt(), given ? Outcome.FAILED : Outcome.LEASE_LOST);
        }
        Instant next = now().plus(waitAfter(lease.attempt()));
        boolean later = work.inTransaction(() -> outbox.retryAt(lease, next, error));
        return new Delivery(lease.message(), lease.attempt(), later ? Outcome.RETRY_LATER : Outcome.LEASE_LOST);
    }

    /** How long to wait after the given (1-based) failed attempt. */
    static Duration waitAfter(int attempt) {
        if (attempt >= 20) {
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << (Math.max(attempt, 1) - 1));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH);
    }
}
