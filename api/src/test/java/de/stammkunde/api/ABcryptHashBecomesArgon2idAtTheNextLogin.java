package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.STAFF_USER;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Accounts from before Argon2id keep their {bcrypt} hash until they log in; a successful login stores an Argon2id
 * hash of the same password, and the next login checks that one.
 */
class ABcryptHashBecomesArgon2idAtTheNextLogin extends ApiTest {
    private static final String BCRYPT = "{bcrypt}" + new BCryptPasswordEncoder().encode(Fixtures.PASSWORD);

    @Autowired
    DSLContext dsl;

    @Test
    void aStaffMembersHashIsUpgradedByALoginButNotByAFailedOne() {
        Fixtures.ShopContext shop = fixtures().newShop();
        UUID shopId = UUID.fromString(shop.shopId());
        assertThat(ownerHash(shopId)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        dsl.update(STAFF_USER).set(STAFF_USER.PASSWORD_HASH, BCRYPT)
                .where(STAFF_USER.SHOP_ID.eq(shopId), STAFF_USER.EMAIL.eq(shop.ownerEmail())).execute();

        assertThat(staffLogin(shop, "not-the-password").status()).isEqualTo(401);
        assertThat(ownerHash(shopId)).isEqualTo(BCRYPT);

        assertThat(staffLogin(shop, Fixtures.PASSWORD).status()).isEqualTo(200);
        String upgraded = ownerHash(shopId);
        assertThat(upgraded).startsWith("{argon2}$argon2id$");

        assertThat(staffLogin(shop, Fixtures.PASSWORD).status()).isEqualTo(200);
        assertThat(ownerHash(shopId)).as("an Argon2id hash is not re-hashed").isEqualTo(upgraded);
        assertThat(staffLogin(shop, "not-the-password").status()).isEqualTo(401);
    }

    @Test
    void aCustomersHashIsUpgradedByALogin() {
        Fixtures.ShopContext shop = fixtures().newShop();
        Fixtures.CustomerContext customer = fixtures().newCustomer(shop);
        fixtures().customerSession(customer);
        UUID customerId = UUID.fromString(customer.customerId());
        dsl.update(CUSTOMER).set(CUSTOMER.PASSWORD_HASH, BCRYPT).where(CUSTOMER.CUSTOMER_ID.eq(customerId)).execute();

        var login = Map.of("shop", shop.slug(), "email", customer.email(), "password", Fixtures.PASSWORD);
        assertThat(newClient().post("/api/v1/portal/auth/login", login).status()).isEqualTo(200);
        assertThat(customerHash(customerId)).startsWith("{argon2}$argon2id$");
        assertThat(newClient().post("/api/v1/portal/auth/login", login).status()).isEqualTo(200);
    }

    private de.stammkunde.api.support.ApiClient.Response staffLogin(Fixtures.ShopContext shop, String password) {
        return newClient().post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email", shop.ownerEmail(),
                "password", password));
    }

    private String ownerHash(UUID shopId) {
        return dsl.select(STAFF_USER.PASSWORD_HASH).from(STAFF_USER).where(STAFF_USER.SHOP_ID.eq(shopId))
                .fetchSingle(STAFF_USER.PASSWORD_HASH);
    }

    private String customerHash(UUID customerId) {
        return dsl.select(CUSTOMER.PASSWORD_HASH).from(CUSTOMER).where(CUSTOMER.CUSTOMER_ID.eq(customerId))
                .fetchSingle(CUSTOMER.PASSWORD_HASH);
    }
}
