package de.stammkunde.api.ledger;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.ledger.AdjustPoints;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerCheck;
import de.stammkunde.domain.ledger.LedgerSubscriptions;
import de.stammkunde.domain.ledger.PublishingLedger;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.persistence.ledger.LedgerPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The points ledger: every posting is a {@code PointsPosted} fact; adjustments; the consistency check. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {
    @Bean
    Ledger ledger(DSLContext dsl, DomainEvents events) {
        return new PublishingLedger(LedgerPersistence.ledger(dsl), events);
    }

    @Bean
    LedgerSubscriptions ledgerSubscriptions(Ledger ledger) {
        return new LedgerSubscriptions(ledger);
    }

    @Bean
    AdjustPoints adjustPoints(Customers customers, Ledger ledger, AuditLog auditLog, Clock clock) {
        return new AdjustPoints(customers, ledger, auditLog, clock);
    }

    @Bean
    LedgerCheck ledgerCheck(Ledger ledger, Shops shops, AuditLog auditLog, Clock clock) {
        return new LedgerCheck(ledger, shops, auditLog, clock);
    }
}
