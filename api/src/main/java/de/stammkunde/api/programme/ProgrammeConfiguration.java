package de.stammkunde.api.programme;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.programme.ChangeEarningRule;
import de.stammkunde.domain.programme.ChangeReturnWindow;
import de.stammkunde.domain.programme.CreditEnrolmentBonuses;
import de.stammkunde.domain.programme.ManagePromotions;
import de.stammkunde.domain.programme.ProgrammeQueries;
import de.stammkunde.domain.programme.ProgrammeSubscriptions;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.programme.Promotions;
import de.stammkunde.persistence.programme.ProgrammePersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop's programme rules: earning rate and rounding, return window, bonuses, promotions. */
@Configuration(proxyBeanMethods = false)
class ProgrammeConfiguration {
    @Bean
    Programmes programmes(DSLContext dsl) {
        return ProgrammePersistence.programmes(dsl);
    }

    @Bean
    Promotions promotions(DSLContext dsl) {
        return ProgrammePersistence.promotions(dsl);
    }

    @Bean
    ProgrammeQueries programmeQueries(Programmes programmes, Promotions promotions) {
        return new ProgrammeQueries(programmes, promotions);
    }

    @Bean
    ProgrammeSubscriptions programmeSubscriptions(Programmes programmes, Customers customers, Ledger ledger) {
        return new ProgrammeSubscriptions(programmes, new CreditEnrolmentBonuses(programmes, customers, ledger));
    }

    @Bean
    ChangeEarningRule changeEarningRule(Programmes programmes, AuditLog auditLog, Clock clock) {
        return new ChangeEarningRule(programmes, auditLog, clock);
    }

    @Bean
    ChangeReturnWindow changeReturnWindow(Programmes programmes, AuditLog auditLog, Clock clock) {
        return new ChangeReturnWindow(programmes, auditLog, clock);
    }

    @Bean
    ManagePromotions managePromotions(Promotions promotions, AuditLog auditLog, Clock clock) {
        return new ManagePromotions(promotions, auditLog, clock);
    }
}
