package de.stammkunde.api.shop;

import de.stammkunde.domain.shop.ShopQueries;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.persistence.shop.ShopPersistence;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop registry. */
@Configuration(proxyBeanMethods = false)
class ShopConfiguration {
    @Bean
    Shops shops(DSLContext dsl) {
        return ShopPersistence.shops(dsl);
    }

    @Bean
    ShopQueries shopQueries(Shops shops) {
        return new ShopQueries(shops);
    }

}
