package de.stammkunde.persistence.ledger;

import de.stammkunde.domain.ledger.Ledger;
import org.jooq.DSLContext;

/** The ledger feature's adapters. */
public final class LedgerPersistence {
    private LedgerPersistence() {
    }

    public static Ledger ledger(DSLContext dsl) {
        return new JooqLedger(dsl);
    }
}
