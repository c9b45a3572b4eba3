package de.stammkunde.persistence.complaint;

import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.complaint.ServiceStandards;
import de.stammkunde.domain.complaint.ServiceReports;
import de.stammkunde.domain.complaint.Surveys;
import org.jooq.DSLContext;

/** The complaint feature's adapters. */
public final class ComplaintPersistence {
    private ComplaintPersistence() {
    }

    public static ComplaintCases cases(DSLContext dsl) {
        return new JooqComplaintCases(dsl);
    }

    public static ServiceStandards standards(DSLContext dsl) {
        return new JooqServiceStandards(dsl);
    }

    public static ServiceReports reports(DSLContext dsl) {
        return new JooqServiceReports(dsl);
    }

    public static Surveys surveys(DSLContext dsl) {
        return new JooqSurveys(dsl);
    }
}
