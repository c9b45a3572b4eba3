package de.stammkunde.persistence.purchase;

import de.stammkunde.domain.purchase.Purchases;
import org.jooq.DSLContext;

/** The purchase feature's adapters. */
public final class PurchasePersistence {
    private PurchasePersistence() {
    }

    public static Purchases purchases(DSLContext dsl) {
        return new JooqPurchases(dsl);
    }
}
