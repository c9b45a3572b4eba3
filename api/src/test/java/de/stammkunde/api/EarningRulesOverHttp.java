package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Welcome and referral bonuses, promotions and rounding — each entry says which rule gave which points. */
class EarningRulesOverHttp extends ApiTest {
    @Test
    void aReferredCustomerAndTheReferrerBothGetTheirBonusAndTheChannelIsReferral() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var configured = shop.owner().put(shop.path("/programme"), Map.of("welcomeBonusPoints", 50,
                "referralBonusReferrer", 100, "referralBonusReferee", 30));
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        assertThat(configured.json().at("/welcomeBonusPoints").asLong()).isEqualTo(50);
        var referrer = fixtures().newCustomer(shop);

        var referred = shop.owner().post(shop.path("/customers"), Map.of("firstName", "Nina", "lastName", "Neu",
                "acquisitionChannel", "WEBSITE", "referredBy", referrer.customerId()));
        assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
        assertThat(referred.text("/acquisitionChannel")).isEqualTo("REFERRAL");
        String newId = referred.text("/id");

        var newHistory = shop.owner().get(shop.path("/customers/" + newId + "/ledger"));
        assertThat(newHistory.json().findValuesAsString("type")).containsExactlyInAnyOrder("WELCOME_BONUS",
                "REFERRAL_BONUS");
        assertThat(balance(shop, newId)).isEqualTo(80);
        assertThat(balance(shop, referrer.customerId())).as("welcome 50 + referral 100").isEqualTo(150);
        var referrerHistory = shop.owner().get(shop.path("/customers/" + referrer.customerId() + "/ledger"));
        assertThat(referrerHistory.text("/items/0/breakdown/0/rule")).isEqualTo("referral");
        assertThat(referrerHistory.text("/items/0/breakdown/0/label")).isEqualTo("Nina Neu");

        // A retried enrolment with the same key enrols once and pays the referral once.
        Map<String, Object> second = Map.of("firstName", "Otto", "lastName", "Zweit", "acquisitionChannel", "OTHER",
                "referredBy", referrer.customerId());
        String key = UUID.randomUUID().toString();
        var once = shop.owner().post(shop.path("/customers"), second, Map.of("Idempotency-Key", key));
        var twice = shop.owner().post(shop.path("/customers"), second, Map.of("Idempotency-Key", key));
        assertThat(twice.text("/id")).isEqualTo(once.text("/id"));
        assertThat(once.json().at("/balance/available").asLong()).as("welcome + referee bonus").isEqualTo(80);
        assertThat(balance(shop, referrer.customerId())).as("one more referral bonus, not two").isEqualTo(250);

        var unknown = shop.owner().post(shop.path("/customers"), Map.of("firstName", "X", "lastName", "Y",
                "acquisitionChannel", "OTHER", "referredBy", UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("referredBy");
    }

    @Test
    void promotionsAddToTheBasePointsWhileTheyRunAndTheEntryExplainsWhy() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        Instant now = Instant.now();
        createPromotion(shop, Map.of("name", "Doppelte Punkte", "kind", "MULTIPLIER", "multiplier", "2",
                "startsAt", now.minus(1, ChronoUnit.HOURS).toString(),
                "endsAt", now.plus(2, ChronoUnit.DAYS).toString()));
        createPromotion(shop, Map.of("name", "Dreifach (vorbei)", "kind", "MULTIPLIER", "multiplier", "3",
                "startsAt", now.minus(10, ChronoUnit.DAYS).toString(),
                "endsAt", now.minus(3, ChronoUnit.DAYS).toString()));
        createPromotion(shop, Map.of("name", "Großeinkauf", "kind", "FIXED_BONUS", "bonusPoints", 20,
                "minAmount", "30", "startsAt", now.minus(1, ChronoUnit.HOURS).toString(),
                "endsAt", now.plus(2, ChronoUnit.DAYS).toString()));

        var small = fixtures().purchase(shop, shop.owner(), customer.customerId(), "12.50", UUID.randomUUID() + "");
        assertThat(small.json().at("/pointsEarned").asLong()).as("12 base + 12 double").isEqualTo(24);
        var big = fixtures().purchase(shop, shop.owner(), customer.customerId(), "30.00", UUID.randomUUID() + "");
        assertThat(big.json().at("/pointsEarned").asLong()).as("30 + 30 + 20").isEqualTo(80);

        var entry = shop.owner().get(shop.path("/customers/" + customer.customerId() + "/ledger")).json()
                .at("/items/0");
        assertThat(entry.at("/breakdown").findValuesAsString("label"))
                .containsExactly("1", "Doppelte Punkte", "Großeinkauf");
        assertThat(entry.at("/breakdown").findValuesAsString("rule")).containsExactly("base", "promotion",
                "promotion");
        assertThat(shop.owner().get(shop.path("/promotions")).json().at("/items").size()).isEqualTo(3);
    }

    @Test
    void commercialRoundingIsTheShopsChoice() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        var rounding = shop.owner().put(shop.path("/programme"), Map.of("rounding", "HALF_UP"));
        assertThat(rounding.text("/rounding")).isEqualTo("HALF_UP");

        assertThat(fixtures().purchase(shop, shop.owner(), customer.customerId(), "9.50", UUID.randomUUID() + "")
                .json().at("/pointsEarned").asLong()).isEqualTo(10);
        assertThat(fixtures().purchase(shop, shop.owner(), customer.customerId(), "9.49", UUID.randomUUID() + "")
                .json().at("/pointsEarned").asLong()).isEqualTo(9);
    }

    @Test
    void promotionsAreValidatedAndOnlyTheOwnerPlansThem() {
        Fixtures.ShopContext shop = fixtures().newShop();
        Instant now = Instant.now();
        var backwards = shop.owner().post(shop.path("/promotions"), Map.of("name", "X", "kind", "MULTIPLIER",
                "multiplier", "2", "startsAt", now.toString(), "endsAt", now.minusSeconds(60).toString()));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.text("/errors/0/field")).isEqualTo("endsAt");
        var noBonus = shop.owner().post(shop.path("/promotions"), Map.of("name", "X", "kind", "FIXED_BONUS",
                "startsAt", now.toString(), "endsAt", now.plusSeconds(60).toString()));
        assertThat(noBonus.status()).isEqualTo(422);
        assertThat(noBonus.text("/errors/0/field")).isEqualTo("bonusPoints");
        var agent = fixtures().agentSession(shop);
        assertThat(agent.post(shop.path("/promotions"), Map.of("name", "X", "kind", "FIXED_BONUS", "bonusPoints",
                5, "startsAt", now.toString(), "endsAt", now.plusSeconds(60).toString())).status()).isEqualTo(403);
        assertThat(agent.put(shop.path("/programme"), Map.of("welcomeBonusPoints", 5)).status()).isEqualTo(403);
        assertThat(shop.owner().put(shop.path("/programme"), Map.of("welcomeBonusPoints", -1)).status())
                .isEqualTo(400);
    }

    private static void createPromotion(Fixtures.ShopContext shop, Map<String, Object> body) {
        var created = shop.owner().post(shop.path("/promotions"), body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    private static long balance(Fixtures.ShopContext shop, String customerId) {
        return shop.owner().get(shop.path("/customers/" + customerId)).json().at("/balance/available").asLong();
    }
}
