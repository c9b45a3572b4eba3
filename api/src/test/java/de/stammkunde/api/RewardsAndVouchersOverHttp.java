package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.AUDIT_LOG;
import static de.stammkunde.persistence.jooq.Tables.POINTS_BALANCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RewardsAndVouchersOverHttp extends ApiTest {
    @Autowired
    DSLContext dsl;
    @Autowired
    de.stammkunde.api.ledger.LedgerCheckJob ledgerCheckJob;

    private Fixtures.ShopContext shop;
    private Fixtures.CustomerContext customer;
    private ApiClient portal;

    @BeforeEach
    void customerWithFiftyPoints() {
        shop = fixtures().newShop();
        customer = fixtures().newCustomer(shop);
        fixtures().purchase(shop, shop.owner(), customer.customerId(), "50.00", UUID.randomUUID() + "");
        portal = fixtures().customerSession(customer);
    }

    @Test
    void aCustomerRedeemsARewardAndTheTillTakesTheVoucherOnce() throws Exception {
        String rewardId = createReward(Map.of("name", "Kaffee gratis", "pointsCost", 20, "kind", "FREE_ITEM",
                "item", "Ein Kaffee", "validityDays", 30));
        var catalogue = portal.get("/api/v1/portal/rewards");
        assertThat(catalogue.text("/items/0/name")).isEqualTo("Kaffee gratis");

        var redeemed = portal.post("/api/v1/portal/rewards/" + rewardId + "/redemptions", null,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(redeemed.status()).as(redeemed.raw()).isEqualTo(201);
        String code = redeemed.text("/voucher/code");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(redeemed.text("/voucher/status")).isEqualTo("ISSUED");
        assertThat(redeemed.text("/voucher/item")).isEqualTo("Ein Kaffee");
        assertThat(redeemed.json().at("/balance/available").asLong()).isEqualTo(30);

        String voucherId = redeemed.text("/voucher/id");
        assertThat(decodeQr(portal, "/api/v1/portal/vouchers/" + voucherId + "/qr")).isEqualTo(code);
        assertThat(portal.get("/api/v1/portal/vouchers").text("/items/0/code")).isEqualTo(code);
        var history = portal.get("/api/v1/portal/ledger");
        assertThat(history.text("/items/0/type")).isEqualTo("REDEMPTION");
        assertThat(history.json().at("/items/0/availableDelta").asLong()).isEqualTo(-20);
        assertThat(history.text("/items/0/reason")).isEqualTo("Kaffee gratis");

        ApiClient agent = fixtures().agentSession(shop);
        String typed = code.toLowerCase().replace("-", " ");
        var lookedUp = agent.get(shop.path("/vouchers/" + typed.replace(" ", "%20")));
        assertThat(lookedUp.text("/id")).isEqualTo(voucherId);
        var used = agent.post(shop.path("/vouchers/" + code + "/redemption"), null,
                Map.of("Idempotency-Key", "till-1"));
        assertThat(used.status()).as(used.raw()).isEqualTo(200);
        assertThat(used.text("/status")).isEqualTo("REDEEMED");
        var retried = agent.post(shop.path("/vouchers/" + code + "/redemption"), null,
                Map.of("Idempotency-Key", "till-1"));
        assertThat(retried.status()).as("a retry of the same till request replays").isEqualTo(200);
        var again = agent.post(shop.path("/vouchers/" + code + "/redemption"), null,
                Map.of("Idempotency-Key", "till-2"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/code")).isEqualTo("voucher-already-redeemed");
        assertThat(portal.get("/api/v1/portal/vouchers").text("/items/0/status")).isEqualTo("REDEEMED");
        assertThat(portal.send("GET", "/api/v1/portal/vouchers/" + voucherId + "/qr", null,
                Map.of("Accept", "image/*")).status()).isEqualTo(200);
    }

    @Test
    void redeemingMoreThanTheBalanceIsRejectedAndChangesNothing() {
        String rewardId = createReward(Map.of("name", "Torte", "pointsCost", 80, "kind", "AMOUNT_OFF",
                "amount", "25.00"));
        var refused = portal.post("/api/v1/portal/rewards/" + rewardId + "/redemptions", null,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/code")).isEqualTo("insufficient-points");
        assertThat(portal.get("/api/v1/portal/me").json().at("/balance/available").asLong()).isEqualTo(50);
        assertThat(portal.get("/api/v1/portal/vouchers").json().at("/items").size()).isZero();
    }

    @Test
    void anotherCustomersIdempotencyKeyDoesNotReplayTheirVoucher() {
        String rewardId = createReward(Map.of("name", "Rabatt", "pointsCost", 10, "kind", "PERCENT_OFF",
                "percent", "10"));
        String key = UUID.randomUUID().toString();
        var mine = portal.post("/api/v1/portal/rewards/" + rewardId + "/redemptions", null,
                Map.of("Idempotency-Key", key));
        assertThat(mine.status()).isEqualTo(201);

        var other = fixtures().customerSession(fixtures().newCustomer(shop));
        var theirs = other.post("/api/v1/portal/rewards/" + rewardId + "/redemptions", null,
                Map.of("Idempotency-Key", key));
        assertThat(theirs.status()).isEqualTo(422);
        assertThat(theirs.raw()).doesNotContain(mine.text("/voucher/code"));
    }

    @Test
    void retiredRewardsDisappearFromThePortalAndCannotBeRedeemed() {
        String rewardId = createReward(Map.of("name", "Alt", "pointsCost", 5, "kind", "FREE_ITEM",
                "item", "Brötchen"));
        var retired = shop.owner().put(shop.path("/rewards/" + rewardId), Map.of("name", "Alt", "pointsCost", 5,
                "kind", "FREE_ITEM", "item", "Brötchen", "active", false));
        assertThat(retired.status()).as(retired.raw()).isEqualTo(200);

        assertThat(portal.get("/api/v1/portal/rewards").json().at("/items").size()).isZero();
        assertThat(shop.owner().get(shop.path("/rewards")).json().at("/items").size()).isEqualTo(1);
        var redeem = portal.post("/api/v1/portal/rewards/" + rewardId + "/redemptions", null,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(redeem.status()).isEqualTo(404);
    }

    @Test
    void rewardsAreValidatedAndOnlyTheOwnerKeepsTheCatalogue() {
        var noAmount = shop.owner().post(shop.path("/rewards"), Map.of("name", "X", "pointsCost", 5,
                "kind", "AMOUNT_OFF"));
        assertThat(noAmount.status()).isEqualTo(422);
        assertThat(noAmount.text("/errors/0/field")).isEqualTo("amount");
        var zeroCost = shop.owner().post(shop.path("/rewards"), Map.of("name", "X", "pointsCost", 0,
                "kind", "FREE_ITEM", "item", "Y"));
        assertThat(zeroCost.status()).isEqualTo(400);
        assertThat(zeroCost.text("/errors/0/field")).isEqualTo("pointsCost");
        var badPercent = shop.owner().post(shop.path("/rewards"), Map.of("name", "X", "pointsCost", 5,
                "kind", "PERCENT_OFF", "percent", "150"));
        assertThat(badPercent.status()).isEqualTo(422);

        ApiClient agent = fixtures().agentSession(shop);
        var byAgent = agent.post(shop.path("/rewards"), Map.of("name", "X", "pointsCost", 5, "kind", "FREE_ITEM",
                "item", "Y"));
        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(agent.get(shop.path("/rewards")).json().at("/items").size()).isZero();
    }

    @Test
    void theOwnerAdjustsABalanceWithAReasonAndItIsAudited() {
        var adjusted = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/adjustments"),
                Map.of("points", 15, "reason", "Entschuldigung für die Wartezeit"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(adjusted.status()).as(adjusted.raw()).isEqualTo(201);
        assertThat(adjusted.json().at("/balance/available").asLong()).isEqualTo(65);
        assertThat(adjusted.text("/entry/type")).isEqualTo("ADJUSTMENT");

        var noReason = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/adjustments"),
                Map.of("points", 5, "reason", " "), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("/errors/0/field")).isEqualTo("reason");
        var minimal = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/adjustments"),
                Map.of("points", Long.MIN_VALUE, "reason", "Test"), Map.of("Idempotency-Key", UUID.randomUUID() + ""));
        assertThat(minimal.status()).isEqualTo(422);
        assertThat(minimal.text("/code")).isEqualTo("adjustment-points");
        var overdraw = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/adjustments"),
                Map.of("points", -66, "reason", "Test"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(overdraw.status()).isEqualTo(422);
        assertThat(overdraw.text("/code")).isEqualTo("insufficient-points");
        assertThat(overdraw.text("/errors/0/message")).isEqualTo("66 points are needed, 65 are available.");
        ApiClient agent = fixtures().agentSession(shop);
        var byAgent = agent.post(shop.path("/customers/" + customer.customerId() + "/adjustments"),
                Map.of("points", 5, "reason", "Test"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(byAgent.status()).isEqualTo(403);

        assertThat(balance()).isEqualTo(65);
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.SHOP_ID.eq(UUID.fromString(shop.shopId()))
                .and(AUDIT_LOG.ACTION.eq("points.adjusted")))).isEqualTo(1);
    }

    @Test
    void theLedgerCheckFindsABalanceThatWasChangedBehindTheLedgersBack() {
        var clean = shop.owner().get(shop.path("/ledger-check"));
        assertThat(clean.status()).isEqualTo(200);
        assertThat(clean.json().at("/consistent").asBoolean()).isTrue();
        assertThat(clean.json().at("/accounts").asLong()).isEqualTo(1);

        dsl.update(POINTS_BALANCE).set(POINTS_BALANCE.AVAILABLE, POINTS_BALANCE.AVAILABLE.plus(7L))
                .where(POINTS_BALANCE.CUSTOMER_ID.eq(UUID.fromString(customer.customerId()))).execute();

        assertThat(ledgerCheckJob.runNow()).as("the nightly run finds it too").isGreaterThanOrEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.SHOP_ID.eq(UUID.fromString(shop.shopId()))
                .and(AUDIT_LOG.ACTION.eq("ledger.check.failed")))).isEqualTo(1);
        var broken = shop.owner().get(shop.path("/ledger-check"));
        assertThat(broken.json().at("/consistent").asBoolean()).isFalse();
        assertThat(broken.text("/differences/0/customerId")).isEqualTo(customer.customerId());
        assertThat(broken.json().at("/differences/0/storedAvailable").asLong()).isEqualTo(57);
        assertThat(broken.json().at("/differences/0/entriesAvailable").asLong()).isEqualTo(50);
        assertThat(fixtures().agentSession(shop).get(shop.path("/ledger-check")).status()).isEqualTo(403);
    }

    private String createReward(Map<String, Object> body) {
        var created = shop.owner().post(shop.path("/rewards"), body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("/id");
    }

    private long balance() {
        return shop.owner().get(shop.path("/customers/" + customer.customerId())).json().at("/balance/available")
                .asLong();
    }

    private String decodeQr(ApiClient client, String path) throws Exception {
        var response = client.send("GET", path, null, Map.of("Accept", "image/png"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).contains("image/png");
        // The test client reads bodies as text; fetch the bytes again with the same cookies.
        byte[] png = client.bytes(path);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }
}
