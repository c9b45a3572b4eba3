package de.stammkunde.persistence.complaint;

import de.stammkunde.domain.complaint.ComplaintCases;
import org.jooq.DSLContext;

/** The complaint feature's adapters. */
public final class ComplaintPersistence {
    private ComplaintPersistence() {
    }

    public static ComplaintCases cases(DSLContext dsl) {
        return new JooqComplaintCases(dsl);
    }
}
