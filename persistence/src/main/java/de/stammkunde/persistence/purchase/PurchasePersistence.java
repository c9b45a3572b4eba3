package de.stammkunde.persistence.purchase;

import de.stammkunde.domain.purchase.PurchaseStatistics;
import de.stammkunde.domain.purchase.Purchases;
import java.time.Clock;
import org.jooq.DSLContext;

/** The purchase feature's adapters. */
public final class PurchasePersistence {
    private PurchasePersistence() {
    }

    public static Purchases purchases(DSLContext dsl) {
        return new JooqPurchases(dsl);
    }

    /** What the shop's purchases usually amount to, cached for an hour per shop. */
    public static PurchaseStatistics statistics(DSLContext dsl, Clock clock) {
        return new JooqPurchaseStatistics(dsl, clock);
    }
}
