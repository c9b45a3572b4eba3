package de.stammkunde.persistence.tier;

import de.stammkunde.domain.tier.Tiers;
import org.jooq.DSLContext;

/** The tier feature's adapters. */
public final class TierPersistence {
    private TierPersistence() {
    }

    public static Tiers tiers(DSLContext dsl) {
        return new JooqTiers(dsl);
    }
}
