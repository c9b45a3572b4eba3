package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Service desk, step 1: agents and owners record contacts on any channel with their times, and read one history
 * per customer, newest first, page by page. Bad input is refused naming the field; a retried request counts once.
 */
class ServiceContactsOverHttp extends ApiTest {
    @Test
    void anAgentRecordsAPhoneCallAndAnEmailAndReadsTheHistoryNewestFirst() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        ApiClient agent = fixtures().agentSession(shop);
        String agentId = agent.get("/api/v1/auth/session").text("/user/id");
        String path = shop.path("/customers/" + customer.customerId() + "/contacts");
        Instant rang = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        Map<String, Object> call = new HashMap<>(Map.of("channel", "PHONE", "direction", "INBOUND",
                "receivedAt", rang.toString(), "firstResponseAt", rang.plusSeconds(90).toString(),
                "endedAt", rang.plusSeconds(720).toString(), "handlingMinutes", 12,
                "topic", "Brötchen waren hart", "notes", "Möchte Ersatz", "customerType", "GRUMBLER"));
        String key = UUID.randomUUID().toString();
        var recorded = agent.post(path, call, Map.of("Idempotency-Key", key));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        assertThat(recorded.text("/channel")).isEqualTo("PHONE");
        assertThat(recorded.text("/agentId")).as("the agent who recorded it").isEqualTo(agentId);
        assertThat(recorded.json().at("/handlingMinutes").asLong()).isEqualTo(12);
        assertThat(recorded.text("/customerType")).isEqualTo("GRUMBLER");
        var again = agent.post(path, call, Map.of("Idempotency-Key", key));
        assertThat(again.text("/id")).as("a retry counts once").isEqualTo(recorded.text("/id"));

        var mail = shop.owner().post(path, Map.of("channel", "EMAIL", "direction", "OUTBOUND",
                "topic", "Gutschein geschickt"), once());
        assertThat(mail.status()).as(mail.raw()).isEqualTo(201);
        assertThat(mail.json().has("firstResponseAt")).isFalse();

        JsonNode history = agent.get(path).json();
        List<String> topics = history.at("/items").findValuesAsString("topic");
        assertThat(topics).containsExactly("Gutschein geschickt", "Brötchen waren hart");
        assertThat(history.has("next")).isFalse();

        var first = agent.get(path + "?limit=1").json();
        assertThat(first.at("/items").findValuesAsString("topic")).containsExactly("Gutschein geschickt");
        var second = agent.get(path + "?limit=1&" + first.at("/next").asString()).json();
        assertThat(second.at("/items").findValuesAsString("topic")).containsExactly("Brötchen waren hart");
    }

    @Test
    void badContactsAreRefusedNamingTheFieldAndWriteNothing() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String path = shop.path("/customers/" + customer.customerId() + "/contacts");
        Instant now = Instant.now();
        record Case(Map<String, Object> body, int status, String field) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("channel", "PIGEON", "direction", "INBOUND", "topic", "x"), 400, "channel"),
                new Case(Map.of("channel", "PHONE", "topic", "x"), 400, "direction"),
                new Case(Map.of("channel", "PHONE", "direction", "INBOUND", "topic", " "), 400, "topic"),
                new Case(Map.of("channel", "PHONE", "direction", "INBOUND", "topic", "x",
                        "handlingMinutes", 1441), 400, "handlingMinutes"),
                new Case(Map.of("channel", "PHONE", "direction", "INBOUND", "topic", "x",
                        "receivedAt", now.plus(1, ChronoUnit.HOURS).toString()), 422, "receivedAt"),
                new Case(Map.of("channel", "PHONE", "direction", "INBOUND", "topic", "x",
                        "receivedAt", now.minus(400, ChronoUnit.DAYS).toString()), 422, "receivedAt"),
                new Case(Map.of("channel", "PHONE", "direction", "INBOUND", "topic", "x",
                        "receivedAt", now.minusSeconds(600).toString(),
                        "firstResponseAt", now.minusSeconds(900).toString()), 422, "firstResponseAt"),
                new Case(Map.of("channel", "PHONE", "direction", "INBOUND", "topic", "x",
                        "receivedAt", now.minusSeconds(600).toString(),
                        "endedAt", now.minusSeconds(700).toString()), 422, "endedAt"));
        for (Case c : cases) {
            var refused = shop.owner().post(path, c.body(), once());
            assertThat(refused.status()).as(c + " " + refused.raw()).isEqualTo(c.status());
            assertThat(refused.json().at("/errors").findValuesAsString("field")).as(c.toString()).contains(c.field());
        }
        assertThat(shop.owner().get(path).json().at("/items").size()).isZero();
        assertThat(shop.owner().post(path, Map.of("channel", "PHONE", "direction", "INBOUND", "topic", "x"))
                .text("/code")).as("a write a client may retry").isEqualTo("idempotency-key-missing");
        assertThat(shop.owner().get(shop.path("/customers/" + UUID.randomUUID() + "/contacts")).status())
                .isEqualTo(404);
        assertThat(fixtures().customerSession(customer).get(path).status()).as("customers use the portal")
                .isEqualTo(403);
    }

    private static Map<String, String> once() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }
}
