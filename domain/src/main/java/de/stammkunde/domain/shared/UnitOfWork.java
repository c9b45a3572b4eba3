package de.stammkunde.domain.shared;

import java.util.function.Supplier;

/**
 * Port: runs work in a transaction of its own. Use cases do not open transactions — the application layer does,
 * one per use case — except where the boundaries are the rule itself: delivering from the outbox claims a message
 * in one transaction and marks it done in another, holding no lock while it is handled.
 */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return Boolean.TRUE;
        });
    }
}
