package de.stammkunde.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.persistence.PersistenceTestSupport;
import de.stammkunde.persistence.ledger.LedgerPersistence;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class CustomersAreSeenOnlyInTheirOwnShop {
    private final DSLContext dsl = PersistenceTestSupport.dsl();

    @Test
    void lookupsAndSearchesWithAnotherShopsIdFindNothing() {
        Shop shopA = PersistenceTestSupport.newShop(dsl);
        Shop shopB = PersistenceTestSupport.newShop(dsl);
        Customer inA = PersistenceTestSupport.newCustomer(dsl, shopA);
        var customers = CustomerPersistence.customers(dsl);

        assertThat(customers.byId(shopA.id(), inA.id())).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(inA.id()));
        assertThat(customers.byId(shopB.id(), inA.id())).isEmpty();
        assertThat(CustomerPersistence.listing(dsl).withBalance(shopB.id(), inA.id())).isEmpty();
        assertThat(CustomerPersistence.listing(dsl).search(shopB.id(), "Mustermann", 0, 10).items()).isEmpty();
        assertThat(CustomerPersistence.listing(dsl).search(shopA.id(), "erika must", 0, 10).items()).hasSize(1);
        assertThat(LedgerPersistence.ledger(dsl).history(shopB.id(), inA.id(), 10)).isEmpty();
    }

    @Test
    void customerNumbersCountUpPerShop() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Customer first = PersistenceTestSupport.newCustomer(dsl, shop);
        Customer second = PersistenceTestSupport.newCustomer(dsl, shop);

        assertThat(first.number()).isEqualTo(10001);
        assertThat(second.number()).isEqualTo(10002);
        assertThat(CustomerPersistence.listing(dsl).search(shop.id(), "10002", 0, 10).items())
                .singleElement().satisfies(c -> assertThat(c.customer().id()).isEqualTo(second.id()));
    }
}
