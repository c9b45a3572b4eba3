package de.stammkunde.api.outbox;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.events.EventBus;
import de.stammkunde.domain.events.EventSubscriber;
import de.stammkunde.domain.outbox.DeliverOutbox;
import de.stammkunde.domain.outbox.ForgetDelivered;
import de.stammkunde.domain.outbox.MessageHandler;
import de.stammkunde.domain.outbox.Outbox;
import de.stammkunde.domain.outbox.PayloadCodec;
import de.stammkunde.persistence.outbox.OutboxPersistence;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox and the event bus. The bus is the application's {@code DomainEvents}; every feature declares its
 * reactions as an {@link EventSubscriber} bean, and all of them subscribe once, after every bean exists and before
 * the application takes requests or runs jobs.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {
    @Bean
    Outbox outbox(DSLContext dsl) {
        return OutboxPersistence.outbox(dsl);
    }

    @Bean
    PayloadCodec payloadCodec() {
        return new JacksonPayloadCodec();
    }

    @Bean
    EventBus eventBus(Outbox outbox, PayloadCodec codec, Clock clock) {
        return new EventBus(outbox, codec, clock);
    }

    @Bean
    SmartInitializingSingleton eventSubscriptions(EventBus bus, ObjectProvider<EventSubscriber> subscribers) {
        return () -> subscribers.orderedStream().forEach(bus::register);
    }

    @Bean
    DeliverOutbox deliverOutbox(Outbox outbox, List<MessageHandler> handlers, Transactions tx, Clock clock) {
        return new DeliverOutbox(outbox, handlers, tx, clock, DeliverOutbox.DEFAULT_LEASE);
    }

    @Bean
    ForgetDelivered forgetDelivered(Outbox outbox, Clock clock, StammkundeProperties properties) {
        return new ForgetDelivered(outbox, clock, properties.mail().keepSent());
    }
}
