package de.stammkunde.api.integration;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.integration.ApiKeys;
import de.stammkunde.domain.integration.ManageApiKeys;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.persistence.integration.IntegrationPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** API keys for the till (and later the web shop). */
@Configuration(proxyBeanMethods = false)
class IntegrationConfiguration {
    @Bean
    ApiKeys apiKeys(DSLContext dsl) {
        return IntegrationPersistence.apiKeys(dsl);
    }

    @Bean
    ManageApiKeys manageApiKeys(ApiKeys keys, AuditLog auditLog, Clock clock, Shops shops) {
        return new ManageApiKeys(keys, shops, auditLog, clock);
    }
}
