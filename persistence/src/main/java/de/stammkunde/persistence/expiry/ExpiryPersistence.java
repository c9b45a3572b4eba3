package de.stammkunde.persistence.expiry;

import de.stammkunde.domain.expiry.ExpiryNotices;
import de.stammkunde.domain.expiry.ExpiryRules;
import org.jooq.DSLContext;

/** The expiry feature's adapters. */
public final class ExpiryPersistence {
    private ExpiryPersistence() {
    }

    public static ExpiryNotices notices(DSLContext dsl) {
        return new JooqExpiryNotices(dsl);
    }

    public static ExpiryRules rules(DSLContext dsl) {
        return new JooqExpiryRules(dsl);
    }
}
