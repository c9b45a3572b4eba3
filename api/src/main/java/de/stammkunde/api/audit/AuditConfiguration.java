package de.stammkunde.api.audit;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.audit.AuditQueries;
import de.stammkunde.persistence.audit.AuditPersistence;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log every feature writes to (with the client's address and a structured log line per event). */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {
    @Bean
    AuditLog auditLog(DSLContext dsl) {
        return new WitnessedAuditLog(AuditPersistence.auditLog(dsl));
    }

    @Bean
    AuditQueries auditQueries(AuditLog auditLog) {
        return new AuditQueries(auditLog);
    }
}
