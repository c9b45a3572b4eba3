package de.stammkunde.persistence.mail;

import de.stammkunde.domain.mail.MailOutbox;
import org.jooq.DSLContext;

/** The mail feature's adapters. */
public final class MailPersistence {
    private MailPersistence() {
    }

    public static MailOutbox outbox(DSLContext dsl) {
        return new JooqMailOutbox(dsl);
    }
}
