package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.tier.TierEvaluationJob;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tiers by 12-month spend: upgrade on purchase, multiplier on base points, grace before a downgrade, history. */
class TiersOverHttp extends ApiTest {
    @Autowired
    DSLContext dsl;
    @Autowired
    TierEvaluationJob tierJob;

    @Test
    void aCustomerClimbsEarnsMoreAndIsDowngradedOnlyAfterTheGracePeriod() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String customerPath = shop.path("/customers/" + customer.customerId());
        createTier(shop, "Silber", "100", "1.5");
        createTier(shop, "Gold", "300", "2");
        assertThat(shop.owner().get(shop.path("/tiers")).json().at("/items").findValuesAsString("name"))
                .containsExactly("Silber", "Gold");

        var first = fixtures().purchase(shop, shop.owner(), customer.customerId(), "120.00", key());
        assertThat(first.json().at("/pointsEarned").asLong()).as("base tier at the time of purchase").isEqualTo(120);
        var status = shop.owner().get(customerPath + "/tier");
        assertThat(status.text("/status/tier/name")).isEqualTo("Silber");
        assertThat(status.text("/status/next/name")).isEqualTo("Gold");
        assertThat(status.text("/status/missingForNext")).as("money with the currency's scale").isEqualTo("180.00");
        assertThat(status.text("/status/next/threshold")).isEqualTo("300.00");
        assertThat(status.text("/history/0/kind")).isEqualTo("UPGRADE");

        var second = fixtures().purchase(shop, shop.owner(), customer.customerId(), "10.00", key());
        assertThat(second.json().at("/pointsEarned").asLong()).as("10 base + 5 Silber").isEqualTo(15);
        var entry = shop.owner().get(customerPath + "/ledger").json().at("/items/0/breakdown");
        assertThat(entry.findValuesAsString("rule")).containsExactly("base", "tier");
        assertThat(entry.findValuesAsString("label")).containsExactly("1", "Silber");

        // The spend leaves the 12-month window: the nightly run starts the grace period, a later run downgrades.
        dsl.update(de.stammkunde.persistence.jooq.Tables.PURCHASE)
                .set(de.stammkunde.persistence.jooq.Tables.PURCHASE.OCCURRED_AT, OffsetDateTime.now().minusMonths(13))
                .where(de.stammkunde.persistence.jooq.Tables.PURCHASE.CUSTOMER_ID
                        .eq(UUID.fromString(customer.customerId())))
                .execute();
        tierJob.runNow();
        var inGrace = shop.owner().get(customerPath + "/tier");
        assertThat(inGrace.text("/status/tier/name")).isEqualTo("Silber");
        assertThat(inGrace.text("/status/downgradeAt")).isNotBlank();
        assertThat(inGrace.text("/history/0/kind")).isEqualTo("GRACE_STARTED");

        dsl.update(CUSTOMER).set(CUSTOMER.TIER_BELOW_SINCE, OffsetDateTime.now().minusDays(31))
                .where(CUSTOMER.CUSTOMER_ID.eq(UUID.fromString(customer.customerId()))).execute();
        tierJob.runNow();
        var downgraded = shop.owner().get(customerPath + "/tier");
        assertThat(downgraded.json().at("/status/tier").isMissingNode()).isTrue();
        assertThat(downgraded.text("/history/0/kind")).isEqualTo("DOWNGRADE");
        assertThat(downgraded.text("/history/0/fromTier")).isEqualTo("Silber");

        var portal = fixtures().customerSession(customer);
        var mine = portal.get("/api/v1/portal/tier");
        assertThat(mine.json().at("/history").size()).isEqualTo(3);
        assertThat(mine.text("/status/next/name")).isEqualTo("Silber");
    }

    @Test
    void aReturnThatTakesTheSpendBelowTheTierStartsTheGracePeriodAtOnce() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String customerPath = shop.path("/customers/" + customer.customerId());
        createTier(shop, "Silber", "100", "1.5");
        var purchase = fixtures().purchase(shop, shop.owner(), customer.customerId(), "120.00", key());
        assertThat(shop.owner().get(customerPath + "/tier").text("/status/tier/name")).isEqualTo("Silber");

        var small = shop.owner().post(customerPath + "/purchases/" + purchase.text("/purchase/id") + "/returns",
                Map.of("amount", "15.00", "currency", "EUR"), Map.of("Idempotency-Key", key()));
        assertThat(small.status()).as(small.raw()).isEqualTo(201);
        assertThat(shop.owner().get(customerPath + "/tier").json().at("/status/downgradeAt").isMissingNode())
                .as("105.00 still qualifies").isTrue();

        var big = shop.owner().post(customerPath + "/purchases/" + purchase.text("/purchase/id") + "/returns",
                Map.of("amount", "60.00", "currency", "EUR"), Map.of("Idempotency-Key", key()));
        assertThat(big.status()).as(big.raw()).isEqualTo(201);
        var status = shop.owner().get(customerPath + "/tier");
        assertThat(new java.math.BigDecimal(status.text("/status/qualifyingSpend"))).isEqualByComparingTo("45.00");
        assertThat(status.text("/status/tier/name")).as("kept during the grace period").isEqualTo("Silber");
        assertThat(status.text("/status/downgradeAt")).isNotBlank();
        assertThat(status.text("/history/0/kind")).isEqualTo("GRACE_STARTED");
    }

    @Test
    void tiersAreValidatedAndKeptByTheOwner() {
        Fixtures.ShopContext shop = fixtures().newShop();
        createTier(shop, "Silber", "100", "1.5");
        var same = shop.owner().post(shop.path("/tiers"), Map.of("name", "Doppelt", "threshold", "100",
                "multiplier", "1.2"));
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.text("/errors/0/field")).isEqualTo("threshold");
        var lowMultiplier = shop.owner().post(shop.path("/tiers"), Map.of("name", "X", "threshold", "50",
                "multiplier", "0.5"));
        assertThat(lowMultiplier.status()).isEqualTo(422);
        assertThat(fixtures().agentSession(shop).post(shop.path("/tiers"), Map.of("name", "X", "threshold", "50",
                "multiplier", "1.1")).status()).isEqualTo(403);
        var grace = shop.owner().put(shop.path("/programme"), Map.of("tierGraceDays", 14));
        assertThat(grace.json().at("/tierGraceDays").asInt()).isEqualTo(14);
    }

    private static void createTier(Fixtures.ShopContext shop, String name, String threshold, String multiplier) {
        var created = shop.owner().post(shop.path("/tiers"), Map.of("name", name, "threshold", threshold,
                "multiplier", multiplier));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
