package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The till records purchases and takes vouchers with the shop's API key: no session, no CSRF, nothing else. */
class TheTillUsesAnApiKey extends ApiTest {
    @Test
    void aTillWithAKeyRecordsPurchasesAndTakesVouchersButNothingMore() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        var issued = shop.owner().post(shop.path("/api-keys"), Map.of("name", "Kasse 1"));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        String secret = issued.text("/secret");
        assertThat(secret).startsWith("stk_");
        assertThat(shop.owner().get(shop.path("/api-keys")).raw()).doesNotContain(secret);

        ApiClient till = newClient().withoutCsrf();
        Map<String, String> auth = Map.of("Authorization", "Bearer " + secret,
                "Idempotency-Key", UUID.randomUUID().toString());
        var purchase = till.send("POST", shop.path("/customers/" + customer.customerId() + "/purchases"),
                Map.of("amount", "30.00", "currency", "EUR"), auth);
        assertThat(purchase.status()).as(purchase.raw()).isEqualTo(201);
        assertThat(till.cookie(SESSION_COOKIE)).as("no session for API keys").isEmpty();

        var reward = shop.owner().post(shop.path("/rewards"), Map.of("name", "Kaffee", "pointsCost", 10,
                "kind", "FREE_ITEM", "item", "Kaffee"));
        String code = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/redemptions"),
                Map.of("rewardId", reward.text("/id")), Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .text("/voucher/code");
        var lookedUp = till.send("GET", shop.path("/vouchers/" + code), null, auth);
        assertThat(lookedUp.text("/status")).isEqualTo("ISSUED");
        var taken = till.send("POST", shop.path("/vouchers/" + code + "/redemption"), null,
                Map.of("Authorization", "Bearer " + secret, "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(taken.status()).as(taken.raw()).isEqualTo(200);
        assertThat(taken.text("/status")).isEqualTo("REDEEMED");

        assertThat(till.send("GET", shop.path("/customers"), null, auth).status()).isEqualTo(403);
        assertThat(till.send("GET", "/api/v1/portal/me", null, auth).status()).isEqualTo(403);
        var otherShop = fixtures().newShop();
        assertThat(till.send("GET", otherShop.path("/vouchers/" + code), null, auth).status()).isEqualTo(404);

        var wrong = till.send("GET", shop.path("/vouchers/" + code), null,
                Map.of("Authorization", "Bearer stk_not-a-key"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.text("/code")).isEqualTo("invalid-api-key");

        var revoked = shop.owner().send("DELETE", shop.path("/api-keys/" + issued.text("/id")), null, Map.of());
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(till.send("GET", shop.path("/vouchers/" + code), null, auth).status()).isEqualTo(401);
        assertThat(fixtures().agentSession(shop).post(shop.path("/api-keys"), Map.of("name", "X")).status())
                .isEqualTo(403);
    }
}
