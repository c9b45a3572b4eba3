package de.stammkunde.api.idempotency;

import de.stammkunde.domain.idempotency.IdempotencyRecords;
import de.stammkunde.persistence.idempotency.IdempotencyPersistence;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The stored first responses of retried requests. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {
    @Bean
    IdempotencyRecords idempotencyRecords(DSLContext dsl) {
        return IdempotencyPersistence.idempotencyRecords(dsl);
    }
}
