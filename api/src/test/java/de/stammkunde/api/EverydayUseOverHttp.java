package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.AUDIT_LOG;
import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue "Everyday use" over HTTP: plausibility questions for typed-in purchases and rewards (asked once, overridden
 * by confirming), phone numbers that look like phone numbers, customers corrected, the shop's voucher overview and
 * cancelling a voucher (points back, once), and the new owner's setup checklist.
 */
class EverydayUseOverHttp extends ApiTest {
    @Autowired
    DSLContext dsl;

    private Fixtures.ShopContext shop;
    private Fixtures.CustomerContext customer;

    @BeforeEach
    void shopWithACustomer() {
        shop = fixtures().newShop();
        customer = fixtures().newCustomer(shop);
    }

    private String purchases() {
        return shop.path("/customers/" + customer.customerId() + "/purchases");
    }

    @Test
    void anUnusuallyHighPurchaseIsAskedAboutOnceAndRecordedWhenConfirmed() {
        ApiClient agent = fixtures().agentSession(shop);
        String key = UUID.randomUUID().toString();
        var asked = agent.post(purchases(), Map.of("amount", "12345.67", "currency", "EUR"),
                Map.of("Idempotency-Key", key));
        assertThat(asked.status()).as(asked.raw()).isEqualTo(422);
        assertThat(asked.text("/code")).isEqualTo("implausible-amount");
        assertThat(asked.text("/errors/0/field")).isEqualTo("amount");
        assertThat(asked.text("/usualUpTo")).as("a new shop: the general limit").isEqualTo("1000.00");
        assertThat(asked.text("/confirmable")).isEqualTo("true");
        assertThat(asked.text("/detail")).contains("12,345.67 EUR").contains("1,000.00 EUR");
        assertThat(dsl.fetchCount(PURCHASE, PURCHASE.SHOP_ID.eq(UUID.fromString(shop.shopId()))))
                .as("nothing written").isZero();

        var german = agent.language("de").post(purchases(), Map.of("amount", "12345.67", "currency", "EUR"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(german.text("/detail")).contains("12.345,67 EUR").contains("ungewöhnlich hoch");

        var confirmed = agent.language("en").post(purchases(),
                Map.of("amount", "12345.67", "currency", "EUR", "confirmed", true), Map.of("Idempotency-Key", key));
        assertThat(confirmed.status()).as("the same key works: the refusal was not stored; " + confirmed.raw())
                .isEqualTo(201);
        var replay = agent.post(purchases(), Map.of("amount", "12345.67", "currency", "EUR", "confirmed", true),
                Map.of("Idempotency-Key", key));
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(dsl.fetchCount(PURCHASE, PURCHASE.SHOP_ID.eq(UUID.fromString(shop.shopId())))).isEqualTo(1);

        var usual = agent.post(purchases(), Map.of("amount", "99.90", "currency", "EUR"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(usual.status()).as(usual.raw()).isEqualTo(201);
    }

    @Test
    void withAYearOfHistoryTheLimitIsTenTimesWhatIsUsual() {
        for (int i = 0; i < 40; i++) {
            var p = fixtures().purchase(shop, shop.owner(), customer.customerId(), i % 2 == 0 ? "20.00" : "25.00",
                    UUID.randomUUID().toString());
            assertThat(p.status()).as(p.raw()).isEqualTo(201);
        }
        var asked = fixtures().purchase(shop, shop.owner(), customer.customerId(), "300.00",
                UUID.randomUUID().toString());
        assertThat(asked.status()).as(asked.raw()).isEqualTo(422);
        assertThat(asked.text("/usualUpTo")).isEqualTo("250.00");
        var fine = fixtures().purchase(shop, shop.owner(), customer.customerId(), "240.00",
                UUID.randomUUID().toString());
        assertThat(fine.status()).as(fine.raw()).isEqualTo(201);
    }

    @Test
    void aTillIsNotAskedItSendsWhatItsScannerAddedUp() {
        var key = shop.owner().post(shop.path("/api-keys"), Map.of("name", "Kasse 1"));
        assertThat(key.status()).as(key.raw()).isEqualTo(201);
        ApiClient till = newClient().withoutCsrf();
        var recorded = till.send("POST", purchases(), Map.of("amount", "4321.00", "currency", "EUR"),
                Map.of("Authorization", "Bearer " + key.text("/secret"),
                        "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
    }

    @Test
    void anAbsurdRewardIsRefusedOrAskedAbout() {
        var absurd = shop.owner().post(shop.path("/rewards"), Map.of("name", "Tippfehler", "pointsCost", 10,
                "kind", "AMOUNT_OFF", "amount", "99999999.00", "confirmed", true));
        assertThat(absurd.status()).as(absurd.raw()).isEqualTo(422);
        assertThat(absurd.text("/code")).isEqualTo("reward-amount-too-large");
        assertThat(absurd.text("/errors/0/field")).isEqualTo("amount");

        Map<String, Object> generous = new HashMap<>(Map.of("name", "Großzügig", "pointsCost", 10,
                "kind", "AMOUNT_OFF", "amount", "10.00"));
        var asked = shop.owner().post(shop.path("/rewards"), generous);
        assertThat(asked.status()).as(asked.raw()).isEqualTo(422);
        assertThat(asked.text("/code")).isEqualTo("implausible-reward");
        assertThat(asked.text("/sharePercent")).as("10 € for 10 points at 1 point per €").isEqualTo("100");
        assertThat(asked.text("/confirmable")).isEqualTo("true");
        generous.put("confirmed", true);
        assertThat(shop.owner().post(shop.path("/rewards"), generous).status()).isEqualTo(201);

        var fivePercent = shop.owner().post(shop.path("/rewards"), Map.of("name", "5 € Rabatt", "pointsCost", 100,
                "kind", "AMOUNT_OFF", "amount", "5.00"));
        assertThat(fivePercent.status()).as(fivePercent.raw()).isEqualTo(201);
        var percent = shop.owner().post(shop.path("/rewards"), Map.of("name", "Alles", "pointsCost", 100,
                "kind", "PERCENT_OFF", "percent", "90"));
        assertThat(percent.text("/code")).isEqualTo("implausible-percent");
        assertThat(percent.text("/errors/0/field")).isEqualTo("percent");
    }

    @Test
    void phoneNumbersLookLikePhoneNumbersAndCustomersCanBeCorrected() {
        var bad = shop.owner().post(shop.path("/customers"), Map.of("firstName", "Eva", "lastName", "Klein",
                "phone", "abc-phone!!", "acquisitionChannel", "IN_STORE"));
        assertThat(bad.status()).as(bad.raw()).isEqualTo(422);
        assertThat(bad.text("/code")).isEqualTo("invalid-phone");
        assertThat(bad.text("/errors/0/field")).isEqualTo("phone");
        var good = shop.owner().post(shop.path("/customers"), Map.of("firstName", "Eva", "lastName", "Klein",
                "phone", "+49 (30) 123-45 67", "acquisitionChannel", "IN_STORE"));
        assertThat(good.status()).as(good.raw()).isEqualTo(201);

        ApiClient agent = fixtures().agentSession(shop);
        String path = shop.path("/customers/" + customer.customerId());
        var changed = agent.put(path, Map.of("firstName", "Anna-Lena", "lastName", "Müller",
                "email", "Anna.Lena@Example.org", "phone", "030 1234567"));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.text("/firstName")).isEqualTo("Anna-Lena");
        assertThat(changed.text("/email")).isEqualTo("anna.lena@example.org");
        assertThat(changed.text("/phone")).isEqualTo("030 1234567");
        assertThat(agent.get(path).text("/lastName")).isEqualTo("Müller");
        assertThat(agent.put(path, Map.of("firstName", "Anna-Lena", "lastName", "Müller",
                "email", "anna.lena@example.org", "phone", "030 1234567")).status())
                .as("saving the same again is fine").isEqualTo(200);
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("customer.changed"),
                AUDIT_LOG.SHOP_ID.eq(UUID.fromString(shop.shopId())))).isEqualTo(1);

        var other = fixtures().newCustomer(shop);
        var taken = agent.put(shop.path("/customers/" + other.customerId()), Map.of("firstName", "X",
                "lastName", "Y", "email", "anna.lena@example.org"));
        assertThat(taken.status()).as(taken.raw()).isEqualTo(409);
        assertThat(taken.text("/code")).isEqualTo("customer-email-taken");
        var badPhone = agent.put(path, Map.of("firstName", "A", "lastName", "B", "phone", "12"));
        assertThat(badPhone.status()).isEqualTo(422);
        assertThat(badPhone.text("/errors/0/field")).isEqualTo("phone");
        var blank = agent.put(path, Map.of("firstName", " ", "lastName", "B"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text("/errors/0/field")).isEqualTo("firstName");
        assertThat(dsl.select(CUSTOMER.FIRST_NAME).from(CUSTOMER)
                .where(CUSTOMER.CUSTOMER_ID.eq(UUID.fromString(customer.customerId()))).fetchOne().value1())
                .as("a refused change writes nothing").isEqualTo("Anna-Lena");
    }

    @Test
    void vouchersAreListedByStatusAndAnOpenOneCanBeCancelledOnce() {
        fixtures().purchase(shop, shop.owner(), customer.customerId(), "80.00", UUID.randomUUID().toString());
        var reward = shop.owner().post(shop.path("/rewards"), Map.of("name", "Kaffee", "pointsCost", 20,
                "kind", "FREE_ITEM", "item", "Ein Kaffee"));
        String rewardId = reward.text("/id");
        ApiClient agent = fixtures().agentSession(shop);
        String redemptions = shop.path("/customers/" + customer.customerId() + "/redemptions");
        String first = agent.post(redemptions, Map.of("rewardId", rewardId),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).text("/voucher/code");
        String second = agent.post(redemptions, Map.of("rewardId", rewardId),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).text("/voucher/code");
        assertThat(agent.post(shop.path("/vouchers/" + second + "/redemption"), null,
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).status()).isEqualTo(200);
        assertThat(balance()).isEqualTo(40);

        var all = agent.get(shop.path("/vouchers"));
        assertThat(all.status()).as(all.raw()).isEqualTo(200);
        assertThat(all.json().at("/items").size()).isEqualTo(2);
        assertThat(all.json().at("/counts/issued").asLong()).isEqualTo(1);
        assertThat(all.json().at("/counts/redeemed").asLong()).isEqualTo(1);
        assertThat(all.text("/items/0/customerName")).isNotBlank();

        var cancelled = agent.post(shop.path("/vouchers/" + first + "/cancellation"),
                Map.of("reason", "Kunde hat es sich anders überlegt"));
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.text("/voucher/status")).isEqualTo("CANCELLED");
        assertThat(cancelled.json().at("/pointsReturned").asLong()).isEqualTo(20);
        assertThat(cancelled.json().at("/balance/available").asLong()).isEqualTo(60);
        var again = agent.post(shop.path("/vouchers/" + first + "/cancellation"), null);
        assertThat(again.status()).as("a retry answers the same").isEqualTo(200);
        assertThat(again.json().at("/balance").isNull()).isTrue();
        assertThat(balance()).as("the points came back once").isEqualTo(60);
        var history = agent.get(shop.path("/customers/" + customer.customerId() + "/ledger"));
        assertThat(history.text("/items/0/type")).isEqualTo("VOUCHER_CANCELLED");
        assertThat(history.json().at("/items/0/availableDelta").asLong()).isEqualTo(20);

        var used = agent.post(shop.path("/vouchers/" + second + "/cancellation"), null);
        assertThat(used.status()).isEqualTo(409);
        assertThat(used.text("/code")).isEqualTo("voucher-already-redeemed");
        var atTill = agent.post(shop.path("/vouchers/" + first + "/redemption"), null,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(atTill.status()).isEqualTo(409);
        assertThat(atTill.text("/code")).isEqualTo("voucher-cancelled");

        var onlyCancelled = agent.get(shop.path("/vouchers?status=CANCELLED"));
        assertThat(onlyCancelled.json().at("/items").size()).isEqualTo(1);
        assertThat(onlyCancelled.text("/items/0/voucher/code")).isEqualTo(first);
        assertThat(onlyCancelled.json().at("/counts/cancelled").asLong()).isEqualTo(1);
        assertThat(agent.get(shop.path("/vouchers?status=open")).status()).as("unknown status").isEqualTo(400);
    }

    @Test
    void aNewOwnerSeesWhatIsLeftToSetUpAndCanHideIt() {
        Fixtures.ShopContext fresh = fixtures().newShop();
        var start = fresh.owner().get(fresh.path("/setup"));
        assertThat(start.status()).as(start.raw()).isEqualTo(200);
        assertThat(start.json().at("/programmeSaved").asBoolean()).isFalse();
        assertThat(start.json().at("/rewards").asLong()).isZero();
        assertThat(start.json().at("/customers").asLong()).isZero();
        assertThat(start.json().at("/tillKeys").asLong()).isZero();
        assertThat(start.json().at("/complete").asBoolean()).isFalse();
        assertThat(start.text("/timeZone")).isEqualTo("Europe/Berlin");
        assertThat(start.text("/currency")).isEqualTo("EUR");

        var programme = fresh.owner().get(fresh.path("/programme"));
        assertThat(fresh.owner().put(fresh.path("/programme"), ApiClient.JSON.convertValue(programme.json(),
                Map.class)).status()).isEqualTo(200);
        fresh.owner().post(fresh.path("/rewards"), Map.of("name", "Kaffee", "pointsCost", 20, "kind", "FREE_ITEM",
                "item", "Ein Kaffee"));
        fixtures().newCustomer(fresh);
        fresh.owner().post(fresh.path("/api-keys"), Map.of("name", "Kasse"));
        var done = fresh.owner().get(fresh.path("/setup"));
        assertThat(done.json().at("/programmeSaved").asBoolean()).isTrue();
        assertThat(done.json().at("/rewards").asLong()).isEqualTo(1);
        assertThat(done.json().at("/customers").asLong()).isEqualTo(1);
        assertThat(done.json().at("/tillKeys").asLong()).isEqualTo(1);
        assertThat(done.json().at("/complete").asBoolean()).isTrue();

        assertThat(fresh.owner().post(fresh.path("/setup/dismissal"), null).status()).isEqualTo(204);
        assertThat(fresh.owner().post(fresh.path("/setup/dismissal"), null).status()).isEqualTo(204);
        assertThat(fresh.owner().get(fresh.path("/setup")).json().at("/dismissed").asBoolean()).isTrue();
        assertThat(fixtures().agentSession(fresh).get(fresh.path("/setup")).status()).isEqualTo(403);
    }

    private long balance() {
        return shop.owner().get(shop.path("/customers/" + customer.customerId())).json().at("/balance/available")
                .asLong();
    }
}
