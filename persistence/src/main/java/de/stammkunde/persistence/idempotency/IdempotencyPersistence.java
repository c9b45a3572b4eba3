package de.stammkunde.persistence.idempotency;

import de.stammkunde.domain.idempotency.IdempotencyRecords;
import org.jooq.DSLContext;

/** The idempotency feature's adapters. */
public final class IdempotencyPersistence {
    private IdempotencyPersistence() {
    }

    public static IdempotencyRecords idempotencyRecords(DSLContext dsl) {
        return new JooqIdempotencyRecords(dsl);
    }
}
