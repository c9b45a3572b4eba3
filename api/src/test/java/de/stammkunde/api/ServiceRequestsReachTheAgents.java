package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Contacts come from every side: a customer opens a service request in the portal (a web-form contact and an
 * unassigned case in the agents' inbox, whose status the customer follows), and a till or web shop records a
 * contact with its API key.
 */
class ServiceRequestsReachTheAgents extends ApiTest {
    @Test
    void aCustomersRequestIsAContactAndAnUnassignedCaseAndTheCustomerFollowsItsStatus() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        ApiClient portal = fixtures().customerSession(customer);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("subject", "Torte falsch beschriftet",
                "description", "Statt „Anna“ stand „Anne“ darauf.", "category", "PRODUCT_QUALITY");
        var opened = portal.post("/api/v1/portal/requests", body, Map.of("Idempotency-Key", key));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        assertThat(opened.text("/status")).isEqualTo("RECEIVED");
        assertThat(portal.post("/api/v1/portal/requests", body, Map.of("Idempotency-Key", key)).text("/id"))
                .as("a retry opens nothing new").isEqualTo(opened.text("/id"));

        ApiClient agent = fixtures().agentSession(shop);
        JsonNode inbox = agent.get(shop.path("/cases?view=UNASSIGNED")).json().at("/items");
        assertThat(inbox.size()).isEqualTo(1);
        assertThat(inbox.at("/0/channel").asString()).isEqualTo("WEB_FORM");
        assertThat(inbox.at("/0/assignee").isMissingNode()).as("waits for an agent").isTrue();
        var contacts = agent.get(shop.path("/customers/" + customer.customerId() + "/contacts")).json();
        assertThat(contacts.at("/items/0/channel").asString()).isEqualTo("WEB_FORM");
        assertThat(contacts.at("/items/0/topic").asString()).isEqualTo("Torte falsch beschriftet");

        String casePath = shop.path("/cases/" + opened.text("/id"));
        var timeline = agent.get(casePath).json().at("/timeline");
        assertThat(timeline.at("/0/by").asString()).as("the customer opened it").contains("Muster");
        agent.post(casePath + "/acknowledgement", Map.of(), once());
        assertThat(portal.get("/api/v1/portal/requests").json().at("/items/0/status").asString())
                .isEqualTo("IN_PROGRESS");
        agent.post(casePath + "/notes", Map.of("text", "Intern: Kundin war laut"), once());
        assertThat(portal.get("/api/v1/portal/requests").raw()).as("no internal notes in the portal")
                .doesNotContain("Intern");

        for (int i = 1; i < 5; i++) {
            assertThat(portal.post("/api/v1/portal/requests", Map.of("subject", "Frage " + i), once()).status())
                    .isEqualTo(201);
        }
        var sixth = portal.post("/api/v1/portal/requests", Map.of("subject", "Noch eine"), once());
        assertThat(sixth.status()).isEqualTo(409);
        assertThat(sixth.text("/code")).isEqualTo("too-many-open-requests");
        var blank = portal.post("/api/v1/portal/requests", Map.of("subject", " "), once());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().at("/errors").findValuesAsString("field")).contains("subject");
        assertThat(portal.get("/api/v1/portal/requests").json().at("/items").size()).isEqualTo(5);
    }

    @Test
    void aTillRecordsAContactWithItsApiKeyButCannotReadTheHistory() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String secret = shop.owner().post(shop.path("/api-keys"), Map.of("name", "Webshop")).text("/secret");
        ApiClient till = newClient().withoutCsrf();
        String path = shop.path("/customers/" + customer.customerId() + "/contacts");
        var recorded = till.post(path, Map.of("channel", "CHAT", "direction", "INBOUND", "topic", "Lieferzeit?"),
                Map.of("Authorization", "Bearer " + secret, "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        assertThat(recorded.json().has("agentId")).as("no agent: the web shop recorded it").isFalse();
        assertThat(till.send("GET", path, null, Map.of("Authorization", "Bearer " + secret)).status())
                .isEqualTo(403);
        assertThat(shop.owner().get(path).json().at("/items/0/topic").asString()).isEqualTo("Lieferzeit?");
    }

    private static Map<String, String> once() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }
}
