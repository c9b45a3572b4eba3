package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write that moves points or vouchers (purchases: see {@link RetriedPurchasesAreRecordedOnce}) takes an
 * {@code Idempotency-Key}: a retry with the same key gets the first answer back byte for byte, marked
 * {@code Idempotent-Replayed: true}, and changes nothing; the same key with a different request is a 422 and
 * changes nothing either.
 */
class RetriedWritesTakeEffectOnce extends ApiTest {
    private Fixtures.ShopContext shop;
    private Fixtures.CustomerContext customer;
    private String customerPath;

    @BeforeEach
    void aCustomerWithFiftyPoints() {
        shop = fixtures().newShop();
        customer = fixtures().newCustomer(shop);
        customerPath = shop.path("/customers/" + customer.customerId());
        var adjusted = shop.owner().post(customerPath + "/adjustments", Map.of("points", 50, "reason", "Start"),
                Map.of("Idempotency-Key", key()));
        assertThat(adjusted.status()).as(adjusted.raw()).isEqualTo(201);
    }

    @Test
    void aRetriedReturnTakesThePointsBackOnce() {
        String purchaseId = fixtures().purchase(shop, shop.owner(), customer.customerId(), "40.00", key())
                .text("/purchase/id");
        String key = key();
        String path = customerPath + "/purchases/" + purchaseId + "/returns";
        var first = shop.owner().post(path, Map.of("amount", "10.00", "currency", "EUR"), idempotent(key));
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(first.json().at("/pointsReversed").asLong()).isEqualTo(10);
        int entries = ledgerEntries();

        var retry = shop.owner().post(path, Map.of("amount", "10.00", "currency", "EUR"), idempotent(key));
        assertReplayed(first, retry);
        var other = shop.owner().post(path, Map.of("amount", "11.00", "currency", "EUR"), idempotent(key));
        assertKeyReused(other);

        assertThat(ledgerEntries()).as("one return entry").isEqualTo(entries);
        var purchase = shop.owner().get(customerPath + "/purchases").json().at("/items/0");
        assertThat(purchase.at("/amountReturned").asString()).as(purchase.toString()).isEqualTo("10.00");
        assertThat(purchase.at("/pointsReversed").asLong()).isEqualTo(10);
        assertThat(balance().at("/available").asLong()).as("50 + 40, and 10 taken back once").isEqualTo(80);
    }

    @Test
    void aRetriedAdjustmentIsBookedOnce() {
        String key = key();
        var first = shop.owner().post(customerPath + "/adjustments", Map.of("points", -7, "reason", "Korrektur"),
                idempotent(key));
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        int entries = ledgerEntries();

        var retry = shop.owner().post(customerPath + "/adjustments", Map.of("points", -7, "reason", "Korrektur"),
                idempotent(key));
        assertReplayed(first, retry);
        var other = shop.owner().post(customerPath + "/adjustments", Map.of("points", -8, "reason", "Korrektur"),
                idempotent(key));
        assertKeyReused(other);

        assertThat(ledgerEntries()).isEqualTo(entries);
        assertThat(balance().at("/available").asLong()).isEqualTo(43);
    }

    @Test
    void aRetriedRedemptionAtTheDeskIssuesOneVoucher() {
        String coffee = reward("Kaffee", 10);
        String cake = reward("Kuchen", 10);
        String key = key();
        var first = shop.owner().post(customerPath + "/redemptions", Map.of("rewardId", coffee), idempotent(key));
        assertThat(first.status()).as(first.raw()).isEqualTo(201);

        var retry = shop.owner().post(customerPath + "/redemptions", Map.of("rewardId", coffee), idempotent(key));
        assertReplayed(first, retry);
        var other = shop.owner().post(customerPath + "/redemptions", Map.of("rewardId", cake), idempotent(key));
        assertKeyReused(other);

        assertThat(shop.owner().get(customerPath + "/vouchers").json().at("/items").size()).isEqualTo(1);
        assertThat(balance().at("/available").asLong()).isEqualTo(40);
    }

    @Test
    void aRetriedRedemptionInThePortalIssuesOneVoucher() {
        String coffee = reward("Kaffee", 10);
        String cake = reward("Kuchen", 10);
        ApiClient portal = fixtures().customerSession(customer);
        String key = key();
        var first = portal.post("/api/v1/portal/rewards/" + coffee + "/redemptions", null, idempotent(key));
        assertThat(first.status()).as(first.raw()).isEqualTo(201);

        var retry = portal.post("/api/v1/portal/rewards/" + coffee + "/redemptions", null, idempotent(key));
        assertReplayed(first, retry);
        var other = portal.post("/api/v1/portal/rewards/" + cake + "/redemptions", null, idempotent(key));
        assertKeyReused(other);

        assertThat(portal.get("/api/v1/portal/vouchers").json().at("/items").size()).isEqualTo(1);
        assertThat(portal.get("/api/v1/portal/me").json().at("/balance/available").asLong()).isEqualTo(40);
    }

    @Test
    void aRetriedVoucherUseAtTheTillIsTheSameUse() {
        String coffee = reward("Kaffee", 10);
        String code = redeem(coffee);
        String otherCode = redeem(coffee);
        ApiClient agent = fixtures().agentSession(shop);
        String key = key();
        var first = agent.post(shop.path("/vouchers/" + code + "/redemption"), null, idempotent(key));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.text("/status")).isEqualTo("REDEEMED");

        var retry = agent.post(shop.path("/vouchers/" + code + "/redemption"), null, idempotent(key));
        assertReplayed(first, retry);
        var other = agent.post(shop.path("/vouchers/" + otherCode + "/redemption"), null, idempotent(key));
        assertKeyReused(other);

        assertThat(shop.owner().get(shop.path("/vouchers/" + code)).text("/redeemedAt"))
                .isEqualTo(first.text("/redeemedAt"));
        assertThat(shop.owner().get(shop.path("/vouchers/" + otherCode)).text("/status")).isEqualTo("ISSUED");
    }

    @Test
    void aRetriedEnrolmentWithAKeyEnrolsOnce() {
        String key = key();
        Map<String, Object> kim = Map.of("firstName", "Kim", "lastName", "Wiederholt", "email",
                "kim-" + key + "@example.de", "acquisitionChannel", "IN_STORE");
        var first = shop.owner().post(shop.path("/customers"), kim, idempotent(key));
        assertThat(first.status()).as(first.raw()).isEqualTo(201);

        var retry = shop.owner().post(shop.path("/customers"), kim, idempotent(key));
        assertReplayed(first, retry);
        var other = shop.owner().post(shop.path("/customers"), Map.of("firstName", "Kim", "lastName", "Anders",
                "acquisitionChannel", "IN_STORE"), idempotent(key));
        assertKeyReused(other);

        assertThat(shop.owner().get(shop.path("/customers")).json().at("/total").asLong())
                .as("the customer from the set-up and Kim, once").isEqualTo(2);
    }

    private static void assertReplayed(ApiClient.Response first, ApiClient.Response retry) {
        assertThat(first.header("Idempotent-Replayed")).as("the first answer is no replay").isEmpty();
        assertThat(retry.status()).isEqualTo(first.status());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(retry.raw()).as("the first answer, byte for byte").isEqualTo(first.raw());
    }

    private static void assertKeyReused(ApiClient.Response other) {
        assertThat(other.status()).as(other.raw()).isEqualTo(422);
        assertThat(other.text("/code")).isEqualTo("idempotency-key-reused");
        assertThat(other.text("/errors/0/field")).isEqualTo("Idempotency-Key");
        assertThat(other.header("Idempotent-Replayed")).isEmpty();
    }

    private String reward(String name, int cost) {
        var reward = shop.owner().post(shop.path("/rewards"), Map.of("name", name, "pointsCost", cost, "kind",
                "FREE_ITEM", "item", name));
        assertThat(reward.status()).as(reward.raw()).isEqualTo(201);
        return reward.text("/id");
    }

    private String redeem(String rewardId) {
        var redeemed = shop.owner().post(customerPath + "/redemptions", Map.of("rewardId", rewardId),
                idempotent(key()));
        assertThat(redeemed.status()).as(redeemed.raw()).isEqualTo(201);
        return redeemed.text("/voucher/code");
    }

    private int ledgerEntries() {
        return shop.owner().get(customerPath + "/ledger").json().at("/items").size();
    }

    private tools.jackson.databind.JsonNode balance() {
        return shop.owner().get(customerPath).json().at("/balance");
    }

    private static Map<String, String> idempotent(String key) {
        return Map.of("Idempotency-Key", key);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
