package de.stammkunde.persistence.integration;

import de.stammkunde.domain.integration.ApiKeys;
import org.jooq.DSLContext;

/** The integration feature's adapters. */
public final class IntegrationPersistence {
    private IntegrationPersistence() {
    }

    public static ApiKeys apiKeys(DSLContext dsl) {
        return new JooqApiKeys(dsl);
    }
}
