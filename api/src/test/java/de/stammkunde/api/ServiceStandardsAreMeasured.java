package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Service standards over HTTP: "90 % of phone contacts answered within 2 minutes" measured on the recorded
 * contacts, per channel and agent; open cases about to breach "resolved within 3 days" flagged.
 */
class ServiceStandardsAreMeasured extends ApiTest {
    @Test
    void theOwnerSeesTheShareWithinTheThresholdAgainstTheTargetAndCasesAboutToBreach() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        ApiClient agent = fixtures().agentSession(shop);
        var phone = shop.owner().post(shop.path("/service-standards"), Map.of("name", "Anrufe in 2 Minuten",
                "metric", "FIRST_RESPONSE", "channel", "PHONE", "thresholdMinutes", 2, "targetPercent", "90"));
        assertThat(phone.status()).as(phone.raw()).isEqualTo(201);
        shop.owner().post(shop.path("/service-standards"), Map.of("name", "Beschwerden in 3 Tagen gelöst",
                "metric", "RESOLUTION", "thresholdMinutes", 3 * 24 * 60, "targetPercent", "95"));
        var rigid = shop.owner().post(shop.path("/service-standards"), Map.of("name", "Alles sofort",
                "metric", "HANDLING", "thresholdMinutes", 1, "targetPercent", "100"));
        assertThat(rigid.status()).isEqualTo(422);
        assertThat(rigid.json().at("/errors").findValuesAsString("field")).contains("targetPercent");
        assertThat(agent.post(shop.path("/service-standards"), Map.of("name", "x", "metric", "HANDLING",
                "thresholdMinutes", 1, "targetPercent", "50")).status()).isEqualTo(403);

        Instant t = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String contacts = shop.path("/customers/" + customer.customerId() + "/contacts");
        for (int answeredAfter : new int[] {60, 120, 300}) {
            var call = agent.post(contacts, Map.of("channel", "PHONE", "direction", "INBOUND", "topic", "Frage",
                    "receivedAt", t.toString(), "firstResponseAt", t.plusSeconds(answeredAfter).toString()), once());
            assertThat(call.status()).as(call.raw()).isEqualTo(201);
        }
        agent.post(contacts, Map.of("channel", "EMAIL", "direction", "INBOUND", "topic", "Mail",
                "receivedAt", t.toString(), "firstResponseAt", t.plusSeconds(30).toString()), once());

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        var report = shop.owner().get(shop.path("/service-standards/report?from=" + today.minusDays(1) + "&to="
                + today));
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        JsonNode calls = report.json().at("/standards/0");
        assertThat(calls.at("/standard/name").asString()).isEqualTo("Anrufe in 2 Minuten");
        assertThat(calls.at("/overall/measured").asLong()).as("phone only").isEqualTo(3);
        assertThat(calls.at("/overall/within").asLong()).as("120 s is within 2 minutes").isEqualTo(2);
        assertThat(calls.at("/overall/percent").asString()).isEqualTo("66.7");
        assertThat(calls.at("/met").asBoolean()).isFalse();
        assertThat(calls.at("/byAgent/0/agentName").asString()).isNotBlank();
        assertThat(report.json().at("/standards/1/met").isMissingNode()).as("no case closed: nothing measured")
                .isTrue();
        assertThat(shop.owner().get(shop.path("/service-standards/report?from=" + today + "&to="
                + today.minusDays(3))).status()).isEqualTo(422);

        String late = openCase(agent, shop, customer.customerId(), Instant.now().minus(Duration.ofHours(60)));
        String overdue = openCase(agent, shop, customer.customerId(), Instant.now().minus(Duration.ofHours(80)));
        openCase(agent, shop, customer.customerId(), Instant.now().minus(Duration.ofHours(2)));
        JsonNode risky = agent.get(shop.path("/service-standards/at-risk")).json().at("/items");
        assertThat(risky.size()).as("the fresh case is not at risk").isEqualTo(2);
        assertThat(risky.at("/0/caseId").asString()).as("soonest due first").isEqualTo(overdue);
        assertThat(risky.at("/0/breached").asBoolean()).isTrue();
        assertThat(risky.at("/1/caseId").asString()).isEqualTo(late);
        assertThat(risky.at("/1/breached").asBoolean()).isFalse();
        assertThat(shop.owner().send("DELETE", shop.path("/service-standards/" + phone.text("/id")), null, Map.of()).status())
                .isEqualTo(204);
        assertThat(shop.owner().get(shop.path("/service-standards")).json().at("/items").size()).isEqualTo(1);
    }

    private static String openCase(ApiClient agent, Fixtures.ShopContext shop, String customerId, Instant received) {
        return agent.post(shop.path("/cases"), Map.of("customerId", customerId, "subject", "Verspätet",
                "category", "DELIVERY", "severity", "HIGH", "channel", "EMAIL", "receivedAt", received.toString()),
                once()).text("/id");
    }

    private static Map<String, String> once() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }
}
