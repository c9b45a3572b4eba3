package de.stammkunde.persistence.value;

import de.stammkunde.domain.value.ClvRuns;
import de.stammkunde.domain.value.ClvScores;
import de.stammkunde.domain.value.PurchaseSummaries;
import de.stammkunde.domain.value.ValueFigures;
import de.stammkunde.domain.value.ValueSettingsStore;
import org.jooq.DSLContext;

/** The customer-value feature's adapters. */
public final class ValuePersistence {
    private ValuePersistence() {
    }

    public static ValueSettingsStore settings(DSLContext dsl) {
        return new JooqValueSettings(dsl);
    }

    public static PurchaseSummaries summaries(DSLContext dsl) {
        return new JooqPurchaseSummaries(dsl);
    }

    public static ClvRuns runs(DSLContext dsl) {
        return new JooqClvRuns(dsl);
    }

    public static ClvScores scores(DSLContext dsl) {
        return new JooqClvScores(dsl);
    }

    public static ValueFigures figures(DSLContext dsl) {
        return new JooqValueFigures(dsl);
    }
}
