package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.EXPIRY_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.expiry.PointsExpiryJob;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Points expire 12 months after they became available, oldest first; customers see what expires when. */
class PointsExpireOldestFirst extends ApiTest {
    @Autowired
    DSLContext dsl;
    @Autowired
    PointsExpiryJob expiryJob;

    @Test
    void theDailyRunExpiresWhatIsDueOnceAndNoticesWhatExpiresWithin30Days() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        var rule = shop.owner().put(shop.path("/programme"), Map.of("expiryMode", "AFTER_EARNING",
                "expiryMonths", 12));
        assertThat(rule.text("/expiryMode")).isEqualTo("AFTER_EARNING");
        Instant now = Instant.now();
        Instant thirteenMonthsAgo = now.atZone(ZoneOffset.UTC).minusMonths(13).toInstant();
        Instant almostAYearAgo = now.atZone(ZoneOffset.UTC).minusMonths(12).plusDays(15).toInstant();
        purchase(shop, customer.customerId(), "40.00", thirteenMonthsAgo);
        purchase(shop, customer.customerId(), "10.00", almostAYearAgo);
        var reward = shop.owner().post(shop.path("/rewards"), Map.of("name", "Brezel", "pointsCost", 15,
                "kind", "FREE_ITEM", "item", "Brezel"));
        shop.owner().post(shop.path("/customers/" + customer.customerId() + "/redemptions"),
                Map.of("rewardId", reward.text("/id")), Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        var before = shop.owner().get(shop.path("/customers/" + customer.customerId() + "/expiring"));
        assertThat(before.json().at("/items").size()).isEqualTo(2);
        assertThat(before.json().at("/items/0/points").asLong()).as("40 - 15 spent, due").isEqualTo(25);

        expiryJob.runNow();
        expiryJob.runNow();

        var detail = shop.owner().get(shop.path("/customers/" + customer.customerId()));
        assertThat(detail.json().at("/balance/available").asLong()).isEqualTo(10);
        var history = shop.owner().get(shop.path("/customers/" + customer.customerId() + "/ledger"));
        assertThat(history.json().findValuesAsString("type").stream().filter("EXPIRY"::equals)).hasSize(1);
        var portal = fixtures().customerSession(customer);
        var expiring = portal.get("/api/v1/portal/expiring");
        assertThat(expiring.json().at("/items").size()).isEqualTo(1);
        assertThat(expiring.json().at("/items/0/points").asLong()).isEqualTo(10);
        assertThat(dsl.fetchCount(EXPIRY_NOTICE, EXPIRY_NOTICE.CUSTOMER_ID.eq(UUID.fromString(
                customer.customerId())))).as("one notice, however often the job runs").isEqualTo(1);
        assertThat(shop.owner().get(shop.path("/ledger-check")).json().at("/consistent").asBoolean()).isTrue();
    }

    @Test
    void withoutAPurchaseForMonthsEverythingExpires() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        shop.owner().put(shop.path("/programme"), Map.of("expiryMode", "AFTER_INACTIVITY", "expiryMonths", 6));
        purchase(shop, customer.customerId(), "70.00", Instant.now().atZone(ZoneOffset.UTC).minusMonths(7)
                .toInstant());
        expiryJob.runNow();
        assertThat(shop.owner().get(shop.path("/customers/" + customer.customerId())).json()
                .at("/balance/available").asLong()).isZero();
        assertThat(shop.owner().put(shop.path("/programme"), Map.of("expiryMonths", 0)).status()).isEqualTo(400);
    }

    private void purchase(Fixtures.ShopContext shop, String customerId, String amount, Instant at) {
        var response = shop.owner().post(shop.path("/customers/" + customerId + "/purchases"),
                Map.of("amount", amount, "currency", "EUR", "occurredAt", at.toString()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }
}
