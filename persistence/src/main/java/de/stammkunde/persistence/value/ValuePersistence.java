package de.stammkunde.persistence.value;

import de.stammkunde.domain.value.ValueSettingsStore;
import org.jooq.DSLContext;

/** The customer-value feature's adapters. */
public final class ValuePersistence {
    private ValuePersistence() {
    }

    public static ValueSettingsStore settings(DSLContext dsl) {
        return new JooqValueSettings(dsl);
    }
}
