package de.stammkunde.persistence.customer;

import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.customer.PortalActivations;
import org.jooq.DSLContext;

/** The customer feature's adapters. */
public final class CustomerPersistence {
    private CustomerPersistence() {
    }

    public static Customers customers(DSLContext dsl) {
        return new JooqCustomers(dsl);
    }

    public static PortalActivations portalActivations(DSLContext dsl) {
        return new JooqPortalActivations(dsl);
    }
}
