package de.stammkunde.api.tier;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.tier.ManageTiers;
import de.stammkunde.domain.tier.TierEvaluation;
import de.stammkunde.domain.tier.TierQueries;
import de.stammkunde.domain.tier.TierSubscriptions;
import de.stammkunde.domain.tier.Tiers;
import de.stammkunde.persistence.tier.TierPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tiers: the owner's tiers, each customer's tier re-evaluated whenever their qualifying spend changes. */
@Configuration(proxyBeanMethods = false)
class TierConfiguration {
    @Bean
    Tiers tiers(DSLContext dsl) {
        return TierPersistence.tiers(dsl);
    }

    @Bean
    TierEvaluation tierEvaluation(Tiers tiers, DomainEvents events, Clock clock) {
        return new TierEvaluation(tiers, events, clock);
    }

    @Bean
    TierSubscriptions tierSubscriptions(TierEvaluation evaluation) {
        return new TierSubscriptions(evaluation);
    }

    @Bean
    TierQueries tierQueries(Tiers tiers, TierEvaluation evaluation) {
        return new TierQueries(tiers, evaluation);
    }

    @Bean
    ManageTiers manageTiers(Tiers tiers, AuditLog auditLog, Clock clock) {
        return new ManageTiers(tiers, auditLog, clock);
    }
}
