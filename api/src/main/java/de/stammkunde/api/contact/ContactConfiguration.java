package de.stammkunde.api.contact;

import de.stammkunde.domain.contact.ContactQueries;
import de.stammkunde.domain.contact.RecordContact;
import de.stammkunde.domain.contact.ServiceContacts;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.persistence.contact.ContactPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service contacts: recording them, the history per customer. */
@Configuration(proxyBeanMethods = false)
class ContactConfiguration {
    @Bean
    ServiceContacts serviceContacts(DSLContext dsl) {
        return ContactPersistence.contacts(dsl);
    }

    @Bean
    ContactQueries contactQueries(Customers customers, ServiceContacts contacts) {
        return new ContactQueries(customers, contacts);
    }

    @Bean
    RecordContact recordContact(Customers customers, ServiceContacts contacts, DomainEvents events, Clock clock) {
        return new RecordContact(customers, contacts, events, clock);
    }
}
