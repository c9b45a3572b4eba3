package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RetriedPurchasesAreRecordedOnce extends ApiTest {
    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResponseAndCreatesNothingNew() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String key = UUID.randomUUID().toString();

        var first = fixtures().purchase(shop, shop.owner(), customer.customerId(), "12.50", key);
        var retry = fixtures().purchase(shop, shop.owner(), customer.customerId(), "12.50", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(purchases(shop.owner(), shop.path("/customers/" + customer.customerId()))).isEqualTo(1);
        assertThat(balance(shop.owner(), shop.path("/customers/" + customer.customerId()))).isEqualTo(12);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRejected() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String key = UUID.randomUUID().toString();
        fixtures().purchase(shop, shop.owner(), customer.customerId(), "12.50", key);

        var other = fixtures().purchase(shop, shop.owner(), customer.customerId(), "99.00", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.text("/code")).isEqualTo("idempotency-key-reused");
        assertThat(other.text("/errors/0/field")).isEqualTo("Idempotency-Key");
        assertThat(balance(shop.owner(), shop.path("/customers/" + customer.customerId()))).isEqualTo(12);
    }

    @Test
    void concurrentRetriesOfOneRequestCreateExactlyOnePurchase() throws Exception {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String key = UUID.randomUUID().toString();
        int clients = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return fixtures().purchase(shop, shop.owner(), customer.customerId(), "40.00", key);
                }));
            }
            start.countDown();
        }
        List<String> purchaseIds = new ArrayList<>();
        for (Future<ApiClient.Response> response : responses) {
            assertThat(response.get().status()).as(response.get().raw()).isEqualTo(201);
            purchaseIds.add(response.get().text("/purchase/id"));
        }
        assertThat(purchaseIds).hasSize(clients).containsOnly(purchaseIds.getFirst());
        assertThat(purchases(shop.owner(), shop.path("/customers/" + customer.customerId()))).isEqualTo(1);
        assertThat(balance(shop.owner(), shop.path("/customers/" + customer.customerId()))).isEqualTo(40);
    }

    @Test
    void aPurchaseWithoutAKeyIsRefusedAndWritesNothing() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);

        var missing = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/purchases"),
                Map.of("amount", "5.00", "currency", "EUR"));
        var blank = fixtures().purchase(shop, shop.owner(), customer.customerId(), "5.00", " ");
        var tooLong = fixtures().purchase(shop, shop.owner(), customer.customerId(), "5.00", "k".repeat(256));

        for (var response : List.of(missing, blank, tooLong)) {
            assertThat(response.status()).as(response.raw()).isEqualTo(400);
            assertThat(response.text("/errors/0/field")).isEqualTo("Idempotency-Key");
        }
        assertThat(purchases(shop.owner(), shop.path("/customers/" + customer.customerId()))).isZero();
    }

    @Test
    void aFailedRequestCanBeCorrectedAndRetriedWithTheSameKey() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String key = UUID.randomUUID().toString();

        var wrong = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/purchases"),
                Map.of("amount", "5.00", "currency", "USD"), Map.of("Idempotency-Key", key));
        assertThat(wrong.status()).isEqualTo(422);
        var corrected = fixtures().purchase(shop, shop.owner(), customer.customerId(), "5.00", key);

        // The failed attempt rolled back with its claim on the key, so the key is free again.
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(201);
        assertThat(balance(shop.owner(), shop.path("/customers/" + customer.customerId()))).isEqualTo(5);
    }

    private static long purchases(ApiClient client, String customerPath) {
        return client.get(customerPath + "/purchases").json().at("/items").size();
    }

    private static long balance(ApiClient client, String customerPath) {
        return client.get(customerPath).json().at("/balance/available").asLong();
    }
}
