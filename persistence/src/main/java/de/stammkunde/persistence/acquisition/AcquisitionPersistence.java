package de.stammkunde.persistence.acquisition;

import de.stammkunde.domain.acquisition.AcquisitionFigures;
import de.stammkunde.domain.acquisition.MarketingSpends;
import de.stammkunde.domain.customer.AcquisitionChannels;
import org.jooq.DSLContext;

/** The acquisition feature's adapters. */
public final class AcquisitionPersistence {
    private AcquisitionPersistence() {
    }

    public static AcquisitionChannels channels(DSLContext dsl) {
        return new JooqAcquisitionChannels(dsl);
    }

    public static MarketingSpends spends(DSLContext dsl) {
        return new JooqMarketingSpends(dsl);
    }

    public static AcquisitionFigures figures(DSLContext dsl) {
        return new JooqAcquisitionFigures(dsl);
    }
}
