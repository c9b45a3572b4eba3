package de.stammkunde.api.idempotency;

import de.stammkunde.domain.idempotency.ForgetIdempotencyRecords;
import de.stammkunde.domain.idempotency.IdempotencyRecords;
import de.stammkunde.persistence.idempotency.IdempotencyPersistence;
import java.time.Clock;
import java.time.Duration;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stored first responses of retried requests, and forgetting them after
 * {@code stammkunde.idempotency.keep-for}.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {
    @Bean
    IdempotencyRecords idempotencyRecords(DSLContext dsl) {
        return IdempotencyPersistence.idempotencyRecords(dsl);
    }

    @Bean
    ForgetIdempotencyRecords forgetIdempotencyRecords(IdempotencyRecords records, Clock clock,
                                                      @Value("${stammkunde.idempotency.keep-for}") Duration keepFor) {
        return new ForgetIdempotencyRecords(records, clock, keepFor);
    }
}
