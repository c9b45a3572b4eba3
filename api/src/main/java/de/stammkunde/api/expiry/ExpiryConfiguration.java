package de.stammkunde.api.expiry;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.expiry.ChangeExpiryRule;
import de.stammkunde.domain.expiry.ExpirePoints;
import de.stammkunde.domain.expiry.ExpiryNotices;
import de.stammkunde.domain.expiry.ExpiryRules;
import de.stammkunde.domain.expiry.ExpirySubscriptions;
import de.stammkunde.domain.expiry.MailExpiryNotice;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.mail.MailQueue;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.persistence.expiry.ExpiryPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Points expiry: the shop's rule, the daily run, notices 30 days ahead (mailed after commit). */
@Configuration(proxyBeanMethods = false)
class ExpiryConfiguration {
    @Bean
    ExpiryNotices expiryNotices(DSLContext dsl) {
        return ExpiryPersistence.notices(dsl);
    }

    @Bean
    ExpiryRules expiryRules(DSLContext dsl) {
        return ExpiryPersistence.rules(dsl);
    }

    @Bean
    ExpirePoints expirePoints(Shops shops, ExpiryRules rules, Purchases purchases, Ledger ledger,
                              ExpiryNotices notices, DomainEvents events, Clock clock) {
        return new ExpirePoints(shops, rules, purchases, ledger, notices, events, clock);
    }

    @Bean
    ChangeExpiryRule changeExpiryRule(ExpiryRules rules, AuditLog auditLog, Clock clock) {
        return new ChangeExpiryRule(rules, auditLog, clock);
    }

    @Bean
    ExpirySubscriptions expirySubscriptions(Shops shops, Customers customers, MailQueue mail, Clock clock) {
        return new ExpirySubscriptions(new MailExpiryNotice(shops, customers, mail, clock));
    }
}
