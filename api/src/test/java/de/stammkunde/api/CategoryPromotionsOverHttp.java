package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Triple points on coffee": a promotion on a product category counts what the purchase spent in it, as the till
 * or the console reports it in the purchase's lines; the breakdown says which promotion gave what.
 */
class CategoryPromotionsOverHttp extends ApiTest {
    @Test
    void aCategoryMultiplierAndACategoryBonusCountOnlyTheirCategory() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        promotion(shop, Map.of("name", "Kaffee dreifach", "kind", "MULTIPLIER", "multiplier", "3",
                "category", " Kaffee "));
        promotion(shop, Map.of("name", "Tortenbonus", "kind", "FIXED_BONUS", "bonusPoints", 25,
                "minAmount", "15.00", "category", "Torten"));
        var listed = shop.owner().get(shop.path("/promotions"));
        assertThat(listed.json().at("/items").findValuesAsString("category")).containsExactlyInAnyOrder("Kaffee",
                "Torten");

        var small = purchase(shop, customer.customerId(), "20.00", List.of(line("Kaffee", "8.50"),
                line("kaffee", "1.50"), line("Torten", "6.00")), UUID.randomUUID().toString());
        assertThat(small.status()).as(small.raw()).isEqualTo(201);
        assertThat(small.json().at("/pointsEarned").asLong()).as("20 base + 10 coffee × 2 more; cakes below 15")
                .isEqualTo(40);
        assertThat(small.json().at("/lines").findValuesAsString("category")).containsExactly("Kaffee", "Torten");
        assertThat(small.json().at("/lines").findValuesAsString("amount")).containsExactly("10.00", "6.00");
        var breakdown = shop.owner().get(shop.path("/customers/" + customer.customerId() + "/ledger"))
                .json().at("/items/0/breakdown");
        assertThat(breakdown.findValuesAsString("label")).containsExactly("1", "Kaffee dreifach");
        assertThat(breakdown.findValues("points").stream().map(n -> n.asLong())).containsExactly(20L, 20L);

        String key = UUID.randomUUID().toString();
        var big = purchase(shop, customer.customerId(), "30.00", List.of(line("TORTEN", "15.00")), key);
        var replay = purchase(shop, customer.customerId(), "30.00", List.of(line("TORTEN", "15.00")), key);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.raw()).isEqualTo(big.raw());
        var otherLines = purchase(shop, customer.customerId(), "30.00", List.of(line("Kaffee", "15.00")), key);
        assertThat(otherLines.status()).as("same key, other lines").isEqualTo(422);
        assertThat(big.json().at("/pointsEarned").asLong()).as("30 base + 25 cake bonus").isEqualTo(55);

        assertThat(shop.owner().get(shop.path("/customers/" + customer.customerId() + "/purchases")).json()
                .at("/items").size()).as("the replay recorded nothing").isEqualTo(2);

        var plain = purchase(shop, customer.customerId(), "12.00", null, UUID.randomUUID().toString());
        assertThat(plain.json().at("/pointsEarned").asLong()).as("no lines, no category promotion").isEqualTo(12);
        assertThat(plain.json().at("/lines").size()).isZero();
        var purchases = shop.owner().get(shop.path("/customers/" + customer.customerId() + "/purchases")).json()
                .at("/items");
        assertThat(purchases.get(0).at("/amount").asString()).isEqualTo("12.00");
        assertThat(purchases.get(0).at("/lines").size()).isZero();
        assertThat(purchases.get(2).at("/lines").toString())
                .isEqualTo("[{\"category\":\"Kaffee\",\"amount\":\"10.00\"},{\"category\":\"Torten\",\"amount\":\"6.00\"}]");

        assertThat(shop.owner().get(shop.path("/categories")).json().at("/items").toString())
                .isEqualTo("[\"Kaffee\",\"Torten\"]");
        assertThat(fixtures().agentSession(shop).get(shop.path("/categories")).status()).isEqualTo(200);
    }

    @Test
    void badLinesAreRefusedByFieldAndWriteNothing() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String purchases = shop.path("/customers/" + customer.customerId() + "/purchases");

        var tooMuch = purchase(shop, customer.customerId(), "10.00", List.of(line("Kaffee", "6.00"),
                line("Torten", "4.01")), UUID.randomUUID().toString());
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.text("/code")).isEqualTo("purchase-lines-exceed-amount");
        assertThat(tooMuch.text("/errors/0/field")).isEqualTo("lines");

        var negative = purchase(shop, customer.customerId(), "10.00", List.of(line("Kaffee", "1.00"),
                line("Torten", "-1.00")), UUID.randomUUID().toString());
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.text("/errors/0/field")).isEqualTo("lines[1].amount");

        var unnamed = purchase(shop, customer.customerId(), "10.00", List.of(line("  ", "1.00")),
                UUID.randomUUID().toString());
        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(unnamed.text("/errors/0/field")).isEqualTo("lines[0].category");

        var missingAmount = shop.owner().post(purchases, Map.of("amount", "10.00", "currency", "EUR",
                "lines", List.of(Map.of("category", "Kaffee"))), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(missingAmount.status()).isEqualTo(400);
        assertThat(missingAmount.text("/errors/0/field")).isEqualTo("lines[0].amount");

        var tooLong = shop.owner().post(shop.path("/promotions"), Map.of("name", "X", "kind", "MULTIPLIER",
                "multiplier", "2", "category", "K".repeat(41), "startsAt", Instant.now().toString(),
                "endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text("/errors/0/field")).isEqualTo("category");
        var blanks = shop.owner().post(shop.path("/promotions"), Map.of("name", "X", "kind", "MULTIPLIER",
                "multiplier", "2", "category", " \u00A0 ", "startsAt", Instant.now().toString(),
                "endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        assertThat(blanks.status()).as("only blanks must not silently mean the whole purchase").isEqualTo(422);
        assertThat(blanks.text("/code")).isEqualTo("promotion-category");

        assertThat(shop.owner().get(purchases).json().at("/items").size()).as("nothing written").isZero();
        assertThat(shop.owner().get(shop.path("/categories")).json().at("/items").size()).isZero();
    }

    private static Map<String, String> line(String category, String amount) {
        return Map.of("category", category, "amount", amount);
    }

    private static void promotion(Fixtures.ShopContext shop, Map<String, Object> fields) {
        var body = new java.util.HashMap<>(fields);
        body.put("startsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        body.put("endsAt", Instant.now().plus(7, ChronoUnit.DAYS).toString());
        var created = shop.owner().post(shop.path("/promotions"), body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    private static de.stammkunde.api.support.ApiClient.Response purchase(Fixtures.ShopContext shop,
            String customerId, String amount, List<Map<String, String>> lines, String key) {
        var body = new java.util.HashMap<String, Object>(Map.of("amount", amount, "currency", "EUR"));
        if (lines != null) {
            body.put("lines", lines);
        }
        return shop.owner().post(shop.path("/customers/" + customerId + "/purchases"), body,
                Map.of("Idempotency-Key", key));
    }
}
