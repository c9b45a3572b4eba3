package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.purchase.PointsReleaseJob;
import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pending points during the return window, their release, proportional returns and a visible shortfall. */
class PendingPointsReturnsAndShortfalls extends ApiTest {
    @Autowired
    DSLContext dsl;
    @Autowired
    PointsReleaseJob releaseJob;

    @Test
    void pointsWaitForTheReturnWindowAReturnTakesThemBackAndSpentPointsBecomeAVisibleShortfall() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String customerPath = shop.path("/customers/" + customer.customerId());
        var window = shop.owner().put(shop.path("/programme"), Map.of("returnWindowDays", 14));
        assertThat(window.json().at("/returnWindowDays").asInt()).isEqualTo(14);
        assertThat(window.text("/basePointsPerUnit")).isEqualTo("1.0000");

        var bought = fixtures().purchase(shop, shop.owner(), customer.customerId(), "40.00", key());
        String purchaseId = bought.text("/purchase/id");
        assertThat(bought.json().at("/balance/pending").asLong()).isEqualTo(40);
        assertThat(bought.json().at("/balance/available").asLong()).isZero();
        assertThat(bought.json().at("/purchase/releaseAt").asString()).isNotBlank();
        var pendingEntry = shop.owner().get(customerPath + "/ledger").json().at("/items/0/purchase");
        assertThat(pendingEntry.at("/pointsPending").asLong()).isEqualTo(40);
        assertThat(pendingEntry.at("/releaseAt").asString()).isEqualTo(bought.text("/purchase/releaseAt"));

        var partial = returnGoods(shop, customer.customerId(), purchaseId, "10.00");
        assertThat(partial.status()).as(partial.raw()).isEqualTo(201);
        assertThat(partial.json().at("/pointsReversed").asLong()).isEqualTo(10);
        assertThat(partial.json().at("/balance/pending").asLong()).isEqualTo(30);

        // Fourteen days pass.
        dsl.update(PURCHASE).set(PURCHASE.RELEASE_AT, OffsetDateTime.now().minusMinutes(1))
                .where(PURCHASE.PURCHASE_ID.eq(UUID.fromString(purchaseId))).execute();
        assertThat(releaseJob.runNow()).isGreaterThanOrEqualTo(1);
        assertThat(releaseJob.runNow()).as("a second run finds nothing to do").isZero();
        var released = shop.owner().get(customerPath);
        assertThat(released.json().at("/balance/available").asLong()).isEqualTo(30);
        assertThat(released.json().at("/balance/pending").asLong()).isZero();

        var reward = shop.owner().post(shop.path("/rewards"), Map.of("name", "Torte", "pointsCost", 25,
                "kind", "FREE_ITEM", "item", "Ein Stück Torte"));
        var redeemed = shop.owner().post(customerPath + "/redemptions", Map.of("rewardId", reward.text("/id")),
                Map.of("Idempotency-Key", key()));
        assertThat(redeemed.json().at("/balance/available").asLong()).isEqualTo(5);

        var rest = returnGoods(shop, customer.customerId(), purchaseId, "30.00");
        assertThat(rest.status()).as(rest.raw()).isEqualTo(201);
        assertThat(rest.json().at("/pointsReversed").asLong()).isEqualTo(30);
        assertThat(rest.json().at("/balance/available").asLong()).isZero();
        assertThat(rest.json().at("/balance/owed").asLong()).as("25 of the 30 were spent").isEqualTo(25);
        assertThat(rest.json().at("/owedAdded").asLong()).isEqualTo(25);

        var tooMuch = returnGoods(shop, customer.customerId(), purchaseId, "0.01");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.text("/code")).isEqualTo("return-exceeds-purchase");

        shop.owner().put(shop.path("/programme"), Map.of("returnWindowDays", 0));
        var next = fixtures().purchase(shop, shop.owner(), customer.customerId(), "30.00", key());
        assertThat(next.json().at("/balance/available").asLong()).as("30 earned, 25 paid off").isEqualTo(5);
        assertThat(next.json().at("/balance/owed").asLong()).isZero();

        var history = shop.owner().get(customerPath + "/ledger");
        assertThat(history.text("/items/0/type")).isEqualTo("SHORTFALL_SETTLEMENT");
        assertThat(history.json().at("/items/0/owedDelta").asLong()).isEqualTo(-25);
        assertThat(history.json().findValuesAsString("type")).contains("RETURN", "RELEASE", "REDEMPTION");
        assertThat(shop.owner().get(shop.path("/ledger-check")).json().at("/consistent").asBoolean()).isTrue();
    }

    @Test
    void returnsAreCheckedAndScopedToTheCustomer() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        var other = fixtures().newCustomer(shop);
        String purchaseId = fixtures().purchase(shop, shop.owner(), customer.customerId(), "9.99", key())
                .text("/purchase/id");

        assertThat(returnGoods(shop, other.customerId(), purchaseId, "1.00").status()).isEqualTo(404);
        assertThat(returnGoods(shop, customer.customerId(), UUID.randomUUID().toString(), "1.00").status())
                .isEqualTo(404);
        var negative = returnGoods(shop, customer.customerId(), purchaseId, "-1.00");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.text("/errors/0/field")).isEqualTo("amount");

        // 9.99 earned 9 points; returning 0.50 twice takes back floor(9 * 1.00 / 9.99) = 0 points in total,
        // then returning the remaining 8.99 takes back the remaining 9: never more than the purchase earned.
        assertThat(returnGoods(shop, customer.customerId(), purchaseId, "0.50").json().at("/pointsReversed")
                .asLong()).isZero();
        assertThat(returnGoods(shop, customer.customerId(), purchaseId, "0.50").json().at("/pointsReversed")
                .asLong()).isZero();
        var last = returnGoods(shop, customer.customerId(), purchaseId, "8.99");
        assertThat(last.json().at("/pointsReversed").asLong()).isEqualTo(9);
        assertThat(last.json().at("/balance/available").asLong()).isZero();
        var purchase = shop.owner().get(shop.path("/customers/" + customer.customerId() + "/purchases"));
        assertThat(purchase.text("/items/0/amountReturned")).isEqualTo("9.99");
        assertThat(purchase.json().at("/items/0/pointsReversed").asLong()).isEqualTo(9);
    }

    private static ApiClient.Response returnGoods(Fixtures.ShopContext shop, String customerId, String purchaseId,
                                                  String amount) {
        return shop.owner().post(shop.path("/customers/" + customerId + "/purchases/" + purchaseId + "/returns"),
                Map.of("amount", amount, "currency", "EUR"), Map.of("Idempotency-Key", key()));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
