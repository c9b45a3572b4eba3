package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ErrorsAreProblemsInGermanAndEnglish extends ApiTest {
    @Test
    void problemTitlesAndFieldMessagesFollowAcceptLanguage() {
        var shop = fixtures().newShop();
        String customerId = fixtures().newCustomer(shop).customerId();
        String path = shop.path("/customers/" + customerId + "/purchases");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        var german = shop.owner().language("de").post(path, Map.of("amount", "5.00", "currency", "USD"), key);
        assertThat(german.status()).isEqualTo(422);
        assertThat(german.text("/title")).isEqualTo("Falsche Währung");
        assertThat(german.text("/errors/0/message")).isEqualTo("Dieser Shop erfasst Einkäufe in EUR.");

        var english = shop.owner().language("en").post(path, Map.of("amount", "5.00", "currency", "USD"), key);
        assertThat(english.text("/title")).isEqualTo("Wrong currency");
        assertThat(english.text("/errors/0/message")).isEqualTo("This shop records purchases in EUR.");

        var huge = shop.owner().language("de").post(path, Map.of("amount", "5000000", "currency", "EUR"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(huge.text("/errors/0/message")).isEqualTo("Der Betrag darf 1.000.000 EUR nicht überschreiten.");

        var validation = shop.owner().language("de").post(path, Map.of("currency", "EUR"), key);
        assertThat(validation.text("/title")).isEqualTo("Ungültige Eingabe");
        assertThat(validation.text("/errors/0/field")).isEqualTo("amount");
        assertThat(validation.text("/errors/0/message")).isEqualTo("darf nicht null sein");
        assertThat(validation.text("/type")).isEqualTo("https://stammkunde.de/problems/validation");
    }

    @Test
    void unknownUrlsAndMethodsAreProblemsNotPages() {
        var shop = fixtures().newShop();
        var unknownApi = shop.owner().get("/api/v1/nothing-here");
        assertThat(unknownApi.status()).isEqualTo(404);
        assertThat(unknownApi.header("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(unknownApi.text("/code")).isEqualTo("not-found");

        var anonymous = newClient().get("/api/v1/shops/" + shop.shopId() + "/customers");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text("/code")).isEqualTo("unauthenticated");

        var error = newClient().get("/error");
        assertThat(error.header("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(error.raw()).doesNotContain("trace", "Exception");
    }
}
