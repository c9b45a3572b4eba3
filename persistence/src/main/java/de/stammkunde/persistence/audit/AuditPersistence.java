package de.stammkunde.persistence.audit;

import de.stammkunde.domain.audit.AuditLog;
import org.jooq.DSLContext;

/** The audit feature's adapters. */
public final class AuditPersistence {
    private AuditPersistence() {
    }

    public static AuditLog auditLog(DSLContext dsl) {
        return new JooqAuditLog(dsl);
    }
}
