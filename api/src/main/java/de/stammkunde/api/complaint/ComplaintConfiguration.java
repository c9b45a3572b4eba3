package de.stammkunde.api.complaint;

import de.stammkunde.domain.complaint.AcknowledgeOutsideHours;
import de.stammkunde.domain.complaint.AnswerSurvey;
import de.stammkunde.domain.complaint.SendSurveys;
import de.stammkunde.domain.complaint.ServiceStandardsDesk;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.goodwill.GoodwillSettings;
import de.stammkunde.domain.servicereport.ServiceReportQuery;
import de.stammkunde.domain.complaint.Surveys;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.complaint.CaseQueries;
import de.stammkunde.domain.complaint.ComplaintSubscriptions;
import de.stammkunde.domain.mail.MailQueue;
import de.stammkunde.domain.shop.BusinessHoursSettings;
import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.complaint.OpenCase;
import de.stammkunde.domain.complaint.OpenServiceRequest;
import de.stammkunde.domain.contact.RecordContact;
import de.stammkunde.domain.complaint.WorkCase;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.persistence.complaint.ComplaintPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Complaint cases: opening, working through the cycle, the lists. */
@Configuration(proxyBeanMethods = false)
class ComplaintConfiguration {
    @Bean
    ComplaintCases complaintCases(DSLContext dsl) {
        return ComplaintPersistence.cases(dsl);
    }

    @Bean
    OpenCase openCase(Customers customers, ComplaintCases cases, DomainEvents events, Clock clock) {
        return new OpenCase(customers, cases, events, clock);
    }

    @Bean
    WorkCase workCase(Shops shops, StaffMembers staff, ComplaintCases cases, DomainEvents events, Clock clock) {
        return new WorkCase(shops, staff, cases, events, clock);
    }

    @Bean
    OpenServiceRequest openServiceRequest(OpenCase openCase, RecordContact recordContact, ComplaintCases cases) {
        return new OpenServiceRequest(openCase, recordContact, cases);
    }

    @Bean
    ComplaintSubscriptions complaintSubscriptions(ComplaintCases cases, Customers customers, Shops shops,
                                                  BusinessHoursSettings hours, MailQueue mail, Clock clock) {
        return new ComplaintSubscriptions(new AcknowledgeOutsideHours(cases, customers, shops, hours, mail, clock));
    }

    @Bean
    ServiceStandardsDesk serviceStandardsDesk(DSLContext dsl, ComplaintCases cases, Shops shops, AuditLog audit,
                                              Clock clock) {
        return new ServiceStandardsDesk(ComplaintPersistence.standards(dsl), cases, shops, audit, clock);
    }

    @Bean
    ServiceReportQuery serviceReportQuery(DSLContext dsl, GoodwillSettings goodwill, Shops shops) {
        return new ServiceReportQuery(ComplaintPersistence.reports(dsl), goodwill, shops);
    }

    @Bean
    Surveys surveys(DSLContext dsl) {
        return ComplaintPersistence.surveys(dsl);
    }

    @Bean
    SendSurveys sendSurveys(Surveys surveys, ComplaintCases cases, Customers customers, Shops shops, MailQueue mail,
                            LinkTokens tokens, Clock clock) {
        return new SendSurveys(surveys, cases, customers, shops, mail, tokens, clock);
    }

    @Bean
    AnswerSurvey answerSurvey(Surveys surveys, ComplaintCases cases, Shops shops, Clock clock) {
        return new AnswerSurvey(surveys, cases, shops, clock);
    }

    @Bean
    CaseQueries caseQueries(Customers customers, ComplaintCases cases, StaffMembers staff) {
        return new CaseQueries(customers, cases, staff);
    }
}
