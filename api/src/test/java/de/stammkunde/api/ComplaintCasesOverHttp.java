package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Service desk, step 2: complaint cases walk the five steps over HTTP — one owner at a time, hand-offs counted,
 * reopening recorded, a timeline of everything; a step the case is not in is a 409 naming {@code step}, bad input a
 * 400/422 naming the field, and nothing is written then.
 */
class ComplaintCasesOverHttp extends ApiTest {
    @Test
    void anAgentWorksAComplaintThroughTheFiveStepsHandsItOnAndItComesBack() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        ApiClient agent = fixtures().agentSession(shop);
        String agentId = agent.get("/api/v1/auth/session").text("/user/id");
        String ownerId = shop.owner().get("/api/v1/auth/session").text("/user/id");

        var opened = agent.post(shop.path("/cases"), Map.of("customerId", customer.customerId(),
                "subject", "Brötchen waren hart", "category", "PRODUCT_QUALITY", "severity", "MEDIUM",
                "channel", "PHONE", "customerType", "GRUMBLER",
                "receivedAt", Instant.now().minus(10, ChronoUnit.MINUTES).toString()), once());
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        String id = opened.text("/id");
        assertThat(opened.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cases/" + id));
        assertThat(opened.text("/step")).isEqualTo("GREET");
        assertThat(opened.text("/assignee/id")).as("the opener owns it").isEqualTo(agentId);
        assertThat(opened.json().at("/number").asLong()).isEqualTo(1);
        String casePath = shop.path("/cases/" + id);

        assertThat(agent.post(casePath + "/understanding", Map.of("facts", "x", "expectation", "y"), once())
                .text("/code")).as("Verstehen before Begrüßen").isEqualTo("case-wrong-step");
        String greetKey = UUID.randomUUID().toString();
        var greeted = agent.post(casePath + "/acknowledgement", Map.of("note", "Danke für Ihren Anruf"),
                Map.of("Idempotency-Key", greetKey));
        assertThat(greeted.status()).as(greeted.raw()).isEqualTo(200);
        assertThat(greeted.text("/step")).isEqualTo("UNDERSTAND");
        assertThat(agent.post(casePath + "/acknowledgement", Map.of("note", "Danke für Ihren Anruf"),
                Map.of("Idempotency-Key", greetKey)).status()).as("a retry replays, no 409").isEqualTo(200);

        var refused = shop.owner().post(casePath + "/understanding", Map.of("facts", "x", "expectation", "y"),
                once());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("/code")).isEqualTo("case-owned-by-other");
        var takenOver = shop.owner().post(casePath + "/assignment", Map.of("assigneeId", ownerId,
                "note", "Ich übernehme"), once());
        assertThat(takenOver.json().at("/handoffs").asInt()).isEqualTo(1);
        assertThat(takenOver.text("/assignee/id")).isEqualTo(ownerId);

        ApiClient owner = shop.owner();
        owner.post(casePath + "/understanding", Map.of("facts", "Kruste hart seit Montag",
                "expectation", "Frische Brötchen"), once());
        owner.post(casePath + "/agreement", Map.of("optionsOffered", "Ersatz oder Gutschein",
                "agreement", "Gutschein über 5 €"), once());
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1).toString();
        var planned = owner.post(casePath + "/actions", Map.of("description", "Gutschein senden",
                "dueOn", tomorrow), once());
        assertThat(planned.json().at("/actions/0/dueOn").asString()).isEqualTo(tomorrow);
        var early = owner.post(casePath + "/delivery", null, once());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().at("/errors").findValuesAsString("field")).contains("actions");
        owner.post(casePath + "/actions/" + planned.text("/actions/0/id") + "/completion", null, once());
        assertThat(owner.post(casePath + "/delivery", null, once()).text("/step")).isEqualTo("CLOSE");
        var closed = owner.post(casePath + "/closing", Map.of("expectedQuality", 3, "perceivedQuality", 4,
                "satisfaction", 5, "effort", 2, "note", "Danke für den Hinweis"), once());
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        assertThat(closed.text("/step")).isEqualTo("CLOSED");
        assertThat(closed.text("/satisfaction/verdict")).isEqualTo("HIGHLY_SATISFIED");
        assertThat(owner.post(casePath + "/notes", Map.of("text", "Kundin hat sich bedankt"), once()).status())
                .as("notes in any step").isEqualTo(200);

        var reopened = agent.post(casePath + "/reopening", Map.of("reason", "Wieder hart"), once());
        assertThat(reopened.text("/step")).isEqualTo("UNDERSTAND");
        assertThat(reopened.json().at("/reopens").asInt()).isEqualTo(1);
        assertThat(reopened.json().at("/handoffs").asInt()).as("owner → agent again").isEqualTo(2);
        JsonNode timeline = agent.get(casePath).json().at("/timeline");
        assertThat(timeline.findValuesAsString("kind")).containsExactly("OPENED", "ACKNOWLEDGED", "HANDED_OFF",
                "UNDERSTOOD", "AGREED", "ACTION_PLANNED", "ACTION_DONE", "DELIVERED", "CLOSED", "NOTE",
                "HANDED_OFF", "REOPENED");
        assertThat(timeline.at("/2/assignee/id").asString()).isEqualTo(ownerId);
        assertThat(timeline.at("/2/text").asString()).isEqualTo("Ich übernehme");
        assertThat(timeline.at("/0/by").asString()).as("staff by name").isNotBlank().doesNotContain("staff:");

        assertThat(agent.get(shop.path("/cases?view=MINE")).json().at("/items/0/id").asString()).isEqualTo(id);
        assertThat(agent.get(shop.path("/cases?view=MINE")).json().at("/items").size()).isEqualTo(1);
        assertThat(owner.get(shop.path("/cases?view=MINE")).json().at("/items").size()).isZero();
        assertThat(owner.get(shop.path("/cases?view=ALL&customerId=" + customer.customerId())).json()
                .at("/items/0/customerName").asString()).isNotBlank();
        assertThat(agent.get(shop.path("/cases/assignees")).json().at("/items").findValuesAsString("id"))
                .contains(agentId, ownerId);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        record Bad(Map<String, Object> body, int status, String field) {
        }
        Map<String, Object> good = Map.of("customerId", customer.customerId(), "subject", "x",
                "category", "OTHER", "severity", "LOW", "channel", "EMAIL");
        List<Bad> bad = List.of(
                new Bad(with(good, "category", "WEATHER"), 400, "category"),
                new Bad(with(good, "subject", " "), 400, "subject"),
                new Bad(with(good, "severity", null), 400, "severity"),
                new Bad(with(good, "receivedAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()), 422,
                        "receivedAt"),
                new Bad(with(good, "receivedAt", Instant.now().minus(40, ChronoUnit.DAYS).toString()), 422,
                        "receivedAt"));
        for (Bad b : bad) {
            var refused = shop.owner().post(shop.path("/cases"), b.body(), once());
            assertThat(refused.status()).as(b + " " + refused.raw()).isEqualTo(b.status());
            assertThat(refused.json().at("/errors").findValuesAsString("field")).as(b.toString())
                    .contains(b.field());
        }
        assertThat(shop.owner().post(shop.path("/cases"), with(good, "customerId", UUID.randomUUID().toString()),
                once()).status()).isEqualTo(404);
        assertThat(shop.owner().get(shop.path("/cases?view=ALL")).json().at("/items").size()).isZero();

        String casePath = shop.path("/cases/" + shop.owner().post(shop.path("/cases"), good, once()).text("/id"));
        shop.owner().post(casePath + "/acknowledgement", Map.of(), once());
        shop.owner().post(casePath + "/understanding", Map.of("facts", "f", "expectation", "e"), once());
        shop.owner().post(casePath + "/agreement", Map.of("optionsOffered", "o", "agreement", "a"), once());
        var past = shop.owner().post(casePath + "/actions", Map.of("description", "d", "dueOn", "2020-01-01"),
                once());
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().at("/errors").findValuesAsString("field")).contains("dueOn");
        assertThat(shop.owner().post(casePath + "/assignment", Map.of("assigneeId", UUID.randomUUID().toString()),
                once()).status()).isEqualTo(422);
        shop.owner().post(casePath + "/delivery", null, once());
        var score = shop.owner().post(casePath + "/closing", Map.of("satisfaction", 6), once());
        assertThat(score.status()).isEqualTo(400);
        assertThat(score.json().at("/errors").findValuesAsString("field")).contains("satisfaction");
        assertThat(shop.owner().get(casePath).json().at("/timeline").findValuesAsString("kind"))
                .as("nothing from the refused requests").containsExactly("OPENED", "ACKNOWLEDGED", "UNDERSTOOD",
                        "AGREED", "DELIVERED");
        assertThat(shop.owner().post(casePath + "/notes", Map.of("text", "x")).text("/code"))
                .isEqualTo("idempotency-key-missing");
        assertThat(shop.owner().get(shop.path("/cases/" + UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(fixtures().customerSession(customer).get(shop.path("/cases")).status()).isEqualTo(403);
    }

    @Test
    void twoAgentsActingOnOneCaseAtOnceQueueUpAndNeitherGetsA500() throws Exception {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String casePath = shop.path("/cases/" + shop.owner().post(shop.path("/cases"), Map.of(
                "customerId", customer.customerId(), "subject", "Falsche Torte", "category", "PRODUCT_QUALITY",
                "severity", "HIGH", "channel", "IN_STORE"), once()).text("/id"));
        shop.owner().post(casePath + "/acknowledgement", Map.of(), once());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> shop.owner().post(casePath + "/understanding", Map.of("facts", "f",
                    "expectation", "e"), once()).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        }
        assertThat(statuses).as("one moves the case on, the others see it moved").containsOnly(200, 409)
                .containsOnlyOnce(200);
        assertThat(shop.owner().get(casePath).json().at("/timeline").findValuesAsString("kind"))
                .containsExactly("OPENED", "ACKNOWLEDGED", "UNDERSTOOD");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, String> once() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }
}
