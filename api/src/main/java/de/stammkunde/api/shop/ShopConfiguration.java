package de.stammkunde.api.shop;

import de.stammkunde.domain.shared.ShopWords;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shop.BusinessHoursSettings;
import de.stammkunde.domain.shop.ShopQueries;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.persistence.shop.ShopPersistence;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop registry. */
@Configuration(proxyBeanMethods = false)
class ShopConfiguration {
    @Bean
    de.stammkunde.domain.shop.ShopSetup shopSetup(DSLContext dsl) {
        return ShopPersistence.setup(dsl);
    }

    @Bean
    de.stammkunde.domain.shop.SetupChecklist setupChecklist(de.stammkunde.domain.shop.ShopSetup setup, Shops shops,
                                                           java.time.Clock clock) {
        return new de.stammkunde.domain.shop.SetupChecklist(setup, shops, clock);
    }

    @Bean
    Shops shops(DSLContext dsl) {
        return ShopPersistence.shops(dsl);
    }

    @Bean
    ShopQueries shopQueries(Shops shops) {
        return new ShopQueries(shops);
    }

    @Bean
    BusinessHoursSettings businessHoursSettings(DSLContext dsl, AuditLog audit, Clock clock) {
        return new BusinessHoursSettings(ShopPersistence.businessHours(dsl), audit, clock);
    }

    /** What a shop is called, for the password policy of its staff and customers. */
    @Bean
    ShopWords shopWords(Shops shops) {
        return shopId -> shops.byId(shopId).map(shop -> List.of(shop.name(), shop.slug())).orElse(List.of());
    }
}
