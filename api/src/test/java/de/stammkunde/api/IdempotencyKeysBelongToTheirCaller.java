package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.IDEMPOTENCY_RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.idempotency.IdempotencyCleanupJob;
import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An Idempotency-Key is its caller's own: two tills of one shop that happen to use the same key (a receipt number,
 * a counter) each get their own purchase, and each retry replays its own first answer. Remembered answers are
 * forgotten after 72 hours.
 */
class IdempotencyKeysBelongToTheirCaller extends ApiTest {
    @Autowired
    DSLContext dsl;

    @Autowired
    IdempotencyCleanupJob cleanup;

    @Test
    void aSecondTillWithTheSameKeyGetsItsOwnPurchase() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        Till till1 = till(shop, "Kasse 1");
        Till till2 = till(shop, "Kasse 2");
        String key = "bon-4711";

        var first = till1.purchase(shop, customer, "12.50", key);
        var second = till2.purchase(shop, customer, "30.00", key);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(second.status()).as("not 422: the key is till 2's own, %s", second.raw()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEmpty();
        assertThat(second.text("/purchase/id")).isNotEqualTo(first.text("/purchase/id"));
        assertThat(second.text("/purchase/amount")).isEqualTo("30.00");

        var retry1 = till1.purchase(shop, customer, "12.50", key);
        var retry2 = till2.purchase(shop, customer, "30.00", key);
        assertThat(retry1.header("Idempotent-Replayed")).contains("true");
        assertThat(retry1.json()).isEqualTo(first.json());
        assertThat(retry2.header("Idempotent-Replayed")).contains("true");
        assertThat(retry2.json()).isEqualTo(second.json());
        assertThat(shop.owner().get(shop.path("/customers/" + customer.customerId() + "/purchases")).json()
                .at("/items").size()).isEqualTo(2);
    }

    @Test
    void anOwnerAndAnAgentWithTheSameKeyAndBodyEachRecordTheirPurchase() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        ApiClient agent = fixtures().agentSession(shop);
        String key = UUID.randomUUID().toString();

        var byOwner = fixtures().purchase(shop, shop.owner(), customer.customerId(), "10.00", key);
        var byAgent = fixtures().purchase(shop, agent, customer.customerId(), "10.00", key);

        assertThat(byOwner.status()).isEqualTo(201);
        assertThat(byAgent.status()).as(byAgent.raw()).isEqualTo(201);
        assertThat(byAgent.header("Idempotent-Replayed")).isEmpty();
        assertThat(byAgent.text("/purchase/id")).isNotEqualTo(byOwner.text("/purchase/id"));
    }

    @Test
    void rememberedAnswersAreForgottenAfter72Hours() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String oldKey = UUID.randomUUID().toString();
        String recentKey = UUID.randomUUID().toString();
        var old = fixtures().purchase(shop, shop.owner(), customer.customerId(), "10.00", oldKey);
        var recent = fixtures().purchase(shop, shop.owner(), customer.customerId(), "20.00", recentKey);
        backdate(oldKey, Duration.ofHours(72).plusMinutes(1));
        backdate(recentKey, Duration.ofHours(71));

        assertThat(cleanup.runNow()).isGreaterThanOrEqualTo(1);

        assertThat(dsl.fetchExists(IDEMPOTENCY_RECORD, IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(oldKey))).isFalse();
        var recentRetry = fixtures().purchase(shop, shop.owner(), customer.customerId(), "20.00", recentKey);
        assertThat(recentRetry.header("Idempotent-Replayed")).as("71 hours: still remembered").contains("true");
        assertThat(recentRetry.text("/purchase/id")).isEqualTo(recent.text("/purchase/id"));
        var oldRetry = fixtures().purchase(shop, shop.owner(), customer.customerId(), "10.00", oldKey);
        assertThat(oldRetry.header("Idempotent-Replayed")).as("72 hours: forgotten, runs anew").isEmpty();
        assertThat(oldRetry.text("/purchase/id")).isNotEqualTo(old.text("/purchase/id"));
    }

    private void backdate(String key, Duration age) {
        assertThat(dsl.update(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.CREATED_AT, OffsetDateTime.now().minus(age))
                .where(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .execute()).isEqualTo(1);
    }

    private record Till(ApiClient client, String secret) {
        ApiClient.Response purchase(Fixtures.ShopContext shop, Fixtures.CustomerContext customer, String amount,
                                    String key) {
            return client.send("POST", shop.path("/customers/" + customer.customerId() + "/purchases"),
                    Map.of("amount", amount, "currency", "EUR"),
                    Map.of("Authorization", "Bearer " + secret, "Idempotency-Key", key));
        }
    }

    private Till till(Fixtures.ShopContext shop, String name) {
        var issued = shop.owner().post(shop.path("/api-keys"), Map.of("name", name));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        return new Till(newClient().withoutCsrf(), issued.text("/secret"));
    }
}
