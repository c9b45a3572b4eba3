package de.stammkunde.persistence.programme;

import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.programme.Promotions;
import org.jooq.DSLContext;

/** The programme feature's adapters. */
public final class ProgrammePersistence {
    private ProgrammePersistence() {
    }

    public static Programmes programmes(DSLContext dsl) {
        return new JooqProgrammes(dsl);
    }

    public static Promotions promotions(DSLContext dsl) {
        return new JooqPromotions(dsl);
    }
}
