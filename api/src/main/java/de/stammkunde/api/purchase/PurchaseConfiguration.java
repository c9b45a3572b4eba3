package de.stammkunde.api.purchase;

import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.programme.Promotions;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.purchase.PurchaseStatistics;
import de.stammkunde.domain.purchase.RecordPurchase;
import de.stammkunde.domain.purchase.ReleasePendingPoints;
import de.stammkunde.domain.purchase.ReturnPurchase;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.tier.TierEvaluation;
import de.stammkunde.persistence.purchase.PurchasePersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Purchases and returns, and the release of pending points. */
@Configuration(proxyBeanMethods = false)
class PurchaseConfiguration {
    @Bean
    Purchases purchases(DSLContext dsl) {
        return PurchasePersistence.purchases(dsl);
    }

    @Bean
    RecordPurchase recordPurchase(Shops shops, Customers customers, Purchases purchases, Programmes programmes,
                                  Promotions promotions, TierEvaluation tiers, Ledger ledger, DomainEvents events,
                                  PurchaseStatistics statistics, Clock clock) {
        return new RecordPurchase(shops, customers, purchases, programmes, promotions, tiers, ledger, events,
                statistics, clock);
    }

    @Bean
    PurchaseStatistics purchaseStatistics(DSLContext dsl, Clock clock) {
        return PurchasePersistence.statistics(dsl, clock);
    }

    @Bean
    ReturnPurchase returnPurchase(Purchases purchases, Ledger ledger, DomainEvents events, Clock clock) {
        return new ReturnPurchase(purchases, ledger, events, clock);
    }

    @Bean
    ReleasePendingPoints releasePendingPoints(Purchases purchases, Ledger ledger, Clock clock) {
        return new ReleasePendingPoints(purchases, ledger, clock);
    }
}
