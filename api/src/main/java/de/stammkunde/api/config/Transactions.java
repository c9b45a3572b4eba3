package de.stammkunde.api.config;

import de.stammkunde.domain.shared.UnitOfWork;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One transaction per use case, opened here in the application layer; the domain only sees ports — and, where
 * transaction boundaries are part of a rule (the outbox's lease), this as its {@link UnitOfWork}.
 */
@Component
public class Transactions implements UnitOfWork {
    private final TransactionTemplate write;
    private final TransactionTemplate read;

    public Transactions(PlatformTransactionManager transactionManager) {
        this.write = new TransactionTemplate(transactionManager);
        this.read = new TransactionTemplate(transactionManager);
        this.read.setReadOnly(true);
    }

    public <T> T write(Supplier<T> work) {
        return Objects.requireNonNull(write.execute(status -> work.get()));
    }

    public void run(Runnable work) {
        write.executeWithoutResult(status -> work.run());
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return write(work);
    }

    /**
     * Bulk work in short transactions: runs {@code batch} (which handles at most {@code size} rows and says how
     * many) each in a transaction of its own, until one handles fewer than {@code size}; returns the total. No
     * long transaction holds locks or bloats while a large backlog is worked off.
     */
    public int inBatches(int size, java.util.function.IntUnaryOperator batch) {
        int total = 0;
        int done;
        do {
            done = write(() -> batch.applyAsInt(size));
            total += done;
        } while (done == size);
        return total;
    }

    public <T> T read(Supplier<T> work) {
        return Objects.requireNonNull(read.execute(status -> work.get()));
    }
}
