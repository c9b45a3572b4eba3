package de.stammkunde.persistence;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.persistence.customer.CustomerPersistence;
import de.stammkunde.persistence.ledger.LedgerPersistence;
import de.stammkunde.persistence.shop.ShopPersistence;
import de.stammkunde.testsupport.SchemaMigrator;
import de.stammkunde.testsupport.TestInfrastructure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/** A migrated database of this test run and helpers to create shops and customers in it. */
public final class PersistenceTestSupport {
    private static volatile DSLContext dsl;

    private PersistenceTestSupport() {
    }

    public static synchronized DSLContext dsl() {
        if (dsl == null) {
            TestInfrastructure infra = TestInfrastructure.get();
            SchemaMigrator.migrate(infra);
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(infra.jdbcUrl());
            dataSource.setUser(infra.username());
            dataSource.setPassword(infra.password());
            dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
        }
        return dsl;
    }

    public static Shop newShop(DSLContext dsl) {
        ShopId id = ShopId.newId();
        Shop shop = new Shop(id, "shop-" + id.value().toString().substring(0, 8), "Test shop",
                Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
        ShopPersistence.shops(dsl).add(shop, Actor.SYSTEM);
        return shop;
    }

    public static Customer newCustomer(DSLContext dsl, Shop shop) {
        var shops = ShopPersistence.shops(dsl);
        Customer customer = new Customer(shop.id(), CustomerId.newId(), shops.nextCustomerNumber(shop.id()), "Erika",
                "Mustermann", null, null, AcquisitionChannel.IN_STORE, LocalDate.of(2025, 1, 1), false, Instant.now(),
                null);
        CustomerPersistence.customers(dsl).add(customer, Actor.SYSTEM);
        LedgerPersistence.ledger(dsl).openAccount(shop.id(), customer.id(), Actor.SYSTEM);
        return customer;
    }
}
