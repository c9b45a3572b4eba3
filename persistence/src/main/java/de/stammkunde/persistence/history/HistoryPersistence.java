package de.stammkunde.persistence.history;

import de.stammkunde.domain.history.ImportFiles;
import de.stammkunde.domain.history.ImportJobs;
import de.stammkunde.domain.history.PurchaseHistory;
import org.jooq.DSLContext;

/** The history-import feature's adapters. */
public final class HistoryPersistence {
    private HistoryPersistence() {
    }

    public static ImportJobs jobs(DSLContext dsl) {
        return new JooqImportJobs(dsl);
    }

    public static ImportFiles files(DSLContext dsl) {
        return new JooqImportFiles(dsl);
    }

    public static PurchaseHistory purchases(DSLContext dsl) {
        return new JooqPurchaseHistory(dsl);
    }
}
