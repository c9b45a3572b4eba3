package de.stammkunde.persistence.customer;

import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.customer.PortalActivations;
import de.stammkunde.domain.overview.CustomerListing;
import org.jooq.DSLContext;

/** The customer feature's adapters. */
public final class CustomerPersistence {
    private CustomerPersistence() {
    }

    public static Customers customers(DSLContext dsl) {
        return new JooqCustomers(dsl);
    }

    public static CustomerListing listing(DSLContext dsl) {
        return new JooqCustomerListing(dsl);
    }

    public static PortalActivations portalActivations(DSLContext dsl) {
        return new JooqPortalActivations(dsl);
    }
}
