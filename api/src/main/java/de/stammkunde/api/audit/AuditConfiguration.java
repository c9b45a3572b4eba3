package de.stammkunde.api.audit;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.persistence.audit.AuditPersistence;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log every feature writes to. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {
    @Bean
    AuditLog auditLog(DSLContext dsl) {
        return AuditPersistence.auditLog(dsl);
    }
}
