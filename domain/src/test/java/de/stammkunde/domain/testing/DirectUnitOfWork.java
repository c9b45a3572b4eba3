package de.stammkunde.domain.testing;

import de.stammkunde.domain.shared.UnitOfWork;
import java.util.function.Supplier;

/** In memory there is nothing to commit: the work just runs (and counts, so tests can see the boundaries). */
public final class DirectUnitOfWork implements UnitOfWork {
    public int transactions;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }
}
