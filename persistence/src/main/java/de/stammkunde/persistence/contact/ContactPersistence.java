package de.stammkunde.persistence.contact;

import de.stammkunde.domain.contact.ServiceContacts;
import org.jooq.DSLContext;

/** The contact feature's adapters. */
public final class ContactPersistence {
    private ContactPersistence() {
    }

    public static ServiceContacts contacts(DSLContext dsl) {
        return new JooqServiceContacts(dsl);
    }
}
