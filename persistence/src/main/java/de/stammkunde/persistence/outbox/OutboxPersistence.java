package de.stammkunde.persistence.outbox;

import de.stammkunde.domain.outbox.Outbox;
import org.jooq.DSLContext;

/** The outbox's adapter. */
public final class OutboxPersistence {
    private OutboxPersistence() {
    }

    public static Outbox outbox(DSLContext dsl) {
        return new JooqOutbox(dsl);
    }
}
