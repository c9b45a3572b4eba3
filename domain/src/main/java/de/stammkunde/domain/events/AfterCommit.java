package de.stammkunde.domain.events;

/**
 * A reaction that runs after the fact's transaction committed, delivered by the outbox job at least once: it must
 * be idempotent (a mail with a dedupe key, a webhook with the event's id). Runs in a transaction of its own; a
 * {@link RuntimeException} rolls that back and the event is tried again later (with back-off), a
 * {@link de.stammkunde.domain.outbox.DeliveryException#permanent() permanent} failure gives it up.
 */
@FunctionalInterface
public interface AfterCommit<E extends DomainEvent> {
    void handle(E event);
}
