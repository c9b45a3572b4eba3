package de.stammkunde.domain.events;

/** Port: where use cases record facts, in the transaction that makes them true. */
@FunctionalInterface
public interface DomainEvents {
    void publish(DomainEvent event);
}
