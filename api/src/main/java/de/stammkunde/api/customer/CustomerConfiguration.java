package de.stammkunde.api.customer;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.ActivatePortal;
import de.stammkunde.domain.customer.ChooseLanguage;
import de.stammkunde.domain.customer.CreateCustomer;
import de.stammkunde.domain.customer.UpdateCustomer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.customer.PortalActivations;
import de.stammkunde.domain.customer.SendPortalActivation;
import de.stammkunde.domain.mail.LinkMails;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.overview.CustomerListing;
import de.stammkunde.domain.overview.CustomerQueries;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.ShopWords;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.persistence.customer.CustomerPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Customers: enrolment, the portal account, and the customer overview staff work with. */
@Configuration(proxyBeanMethods = false)
class CustomerConfiguration {
    @Bean
    Customers customers(DSLContext dsl) {
        return CustomerPersistence.customers(dsl);
    }

    @Bean
    PortalActivations portalActivations(DSLContext dsl) {
        return CustomerPersistence.portalActivations(dsl);
    }

    @Bean
    CustomerListing customerListing(DSLContext dsl) {
        return CustomerPersistence.listing(dsl);
    }

    @Bean
    SendPortalActivation sendPortalActivation(Shops shops, Customers customers, PortalActivations activations,
                                              LinkTokens tokens, LinkMails mails, AuditLog auditLog, Clock clock) {
        return new SendPortalActivation(shops, customers, activations, tokens, mails, auditLog, clock);
    }

    @Bean
    UpdateCustomer updateCustomer(Customers customers, AuditLog auditLog, Clock clock) {
        return new UpdateCustomer(customers, auditLog, clock);
    }

    @Bean
    CreateCustomer createCustomer(Shops shops, Customers customers, SendPortalActivation activation,
                                  DomainEvents events, AuditLog auditLog, Clock clock) {
        return new CreateCustomer(shops, customers, activation, events, auditLog, clock);
    }

    @Bean
    ActivatePortal activatePortal(PortalActivations activations, Customers customers, AuditLog auditLog,
                                  PasswordHasher passwords, ShopWords shopWords, Clock clock) {
        return new ActivatePortal(activations, customers, auditLog, passwords, shopWords, clock);
    }

    @Bean
    ChooseLanguage chooseLanguage(Customers customers) {
        return new ChooseLanguage(customers);
    }

    @Bean
    CustomerQueries customerQueries(CustomerListing listing, Customers customers, Ledger ledger,
                                    Purchases purchases) {
        return new CustomerQueries(listing, customers, ledger, purchases);
    }
}
