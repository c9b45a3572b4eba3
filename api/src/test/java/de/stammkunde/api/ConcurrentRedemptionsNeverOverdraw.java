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

/**
 * With balance B and reward cost C, any number of simultaneous redeem requests yields exactly floor(B / C)
 * vouchers — here 60 customers' browsers (one customer, 60 parallel requests) over HTTP against PostgreSQL.
 */
class ConcurrentRedemptionsNeverOverdraw extends ApiTest {
    private static final int REQUESTS = 60;

    @Test
    void sixtySimultaneousRedemptionsOfOneCustomerYieldExactlyFloorOfBalanceOverCost() throws Exception {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        fixtures().purchase(shop, shop.owner(), customer.customerId(), "250.00", UUID.randomUUID() + "");
        fixtures().purchase(shop, shop.owner(), customer.customerId(), "7.00", UUID.randomUUID() + "");
        long balance = 257;
        long cost = 12;
        var reward = shop.owner().post(shop.path("/rewards"), Map.of("name", "Brezel", "pointsCost", cost,
                "kind", "FREE_ITEM", "item", "Eine Brezel"));
        String rewardId = reward.text("/id");
        ApiClient portal = fixtures().customerSession(customer);
        portal.get("/api/v1/auth/session"); // like the browser app: the CSRF cookie is set before the clicks

        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(REQUESTS)) {
            for (int i = 0; i < REQUESTS; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return portal.post("/api/v1/portal/rewards/" + rewardId + "/redemptions", null,
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                }));
            }
            start.countDown();
        }
        int issued = 0;
        int refused = 0;
        for (Future<ApiClient.Response> future : responses) {
            var response = future.get();
            switch (response.status()) {
                case 201 -> issued++;
                case 422 -> {
                    assertThat(response.text("/code")).isEqualTo("insufficient-points");
                    refused++;
                }
                default -> throw new AssertionError("unexpected " + response);
            }
        }
        long expected = balance / cost;
        assertThat(issued).isEqualTo(expected);
        assertThat(refused).isEqualTo(REQUESTS - expected);
        assertThat(portal.get("/api/v1/portal/vouchers").json().at("/items").size()).isEqualTo(expected);
        assertThat(portal.get("/api/v1/portal/me").json().at("/balance/available").asLong())
                .isEqualTo(balance - expected * cost);
        assertThat(shop.owner().get(shop.path("/ledger-check")).json().at("/consistent").asBoolean()).isTrue();
        System.out.printf("Concurrent redemptions: %d requests, balance %d, cost %d -> %d vouchers, %d refused%n",
                REQUESTS, balance, cost, issued, refused);
    }

    @Test
    void aVoucherTakenAtTwoTillsAtOnceIsTakenOnce() throws Exception {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        fixtures().purchase(shop, shop.owner(), customer.customerId(), "30.00", UUID.randomUUID() + "");
        var reward = shop.owner().post(shop.path("/rewards"), Map.of("name", "Kaffee", "pointsCost", 10,
                "kind", "FREE_ITEM", "item", "Kaffee"));
        var redeemed = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/redemptions"),
                Map.of("rewardId", reward.text("/id")), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(redeemed.status()).as(redeemed.raw()).isEqualTo(201);
        String code = redeemed.text("/voucher/code");

        int tills = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(tills)) {
            for (int i = 0; i < tills; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return shop.owner().post(shop.path("/vouchers/" + code + "/redemption"), null,
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                }));
            }
            start.countDown();
        }
        long ok = 0;
        for (Future<ApiClient.Response> response : responses) {
            if (response.get().status() == 200) {
                ok++;
            } else {
                assertThat(response.get().status()).as(response.get().raw()).isEqualTo(409);
            }
        }
        assertThat(ok).isEqualTo(1);
    }
}
