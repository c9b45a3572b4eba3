package de.stammkunde.persistence.goodwill;

import de.stammkunde.domain.goodwill.CustomerValue;
import de.stammkunde.domain.goodwill.Gestures;
import de.stammkunde.domain.goodwill.Subscriptions;
import org.jooq.DSLContext;

/** The goodwill feature's adapters. */
public final class GoodwillPersistence {
    private GoodwillPersistence() {
    }

    public static Gestures gestures(DSLContext dsl) {
        return new JooqGestures(dsl);
    }

    /** The lifetime value of the last scoring run, else the net revenue to date. */
    public static CustomerValue customerValue(DSLContext dsl) {
        return new JooqCustomerValue(dsl);
    }

    public static Subscriptions subscriptions(DSLContext dsl) {
        return new JooqSubscriptions(dsl);
    }
}
