package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A till or an agent records what happened at the counter: a purchase dated more than 7 days back is refused with
 * 422 naming {@code occurredAt}, and nothing is written. The owner may date further back (the shop's history, until
 * imports have their own path).
 */
class TillsAndAgentsBackdateAWeekAtMost extends ApiTest {
    @Test
    void aTenDayOldPurchaseFromTheTillOrAnAgentIsRefusedTheOwnerMayRecordIt() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String purchases = shop.path("/customers/" + customer.customerId() + "/purchases");
        var issued = shop.owner().post(shop.path("/api-keys"), Map.of("name", "Kasse 1"));
        ApiClient till = newClient().withoutCsrf();
        Map<String, String> tillAuth = Map.of("Authorization", "Bearer " + issued.text("/secret"));
        ApiClient agent = fixtures().agentSession(shop);
        String tenDaysAgo = Instant.now().minus(Duration.ofDays(10)).toString();
        String sixDaysAgo = Instant.now().minus(Duration.ofDays(6)).toString();

        var fromTill = till.send("POST", purchases, purchase(tenDaysAgo), withKey(tillAuth));
        var fromAgent = agent.post(purchases, purchase(tenDaysAgo), withKey(Map.of()));

        for (var refused : new ApiClient.Response[] {fromTill, fromAgent}) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
            assertThat(refused.text("/code")).isEqualTo("occurred-too-early");
            assertThat(refused.text("/errors/0/field")).isEqualTo("occurredAt");
            assertThat(refused.text("/detail")).isEqualTo("A purchase can be recorded up to 7 days back.");
        }
        assertThat(shop.owner().get(purchases).json().at("/items").size()).as("nothing written").isZero();

        assertThat(till.send("POST", purchases, purchase(sixDaysAgo), withKey(tillAuth)).status())
                .as("six days back from the till").isEqualTo(201);
        assertThat(agent.post(purchases, purchase(sixDaysAgo), withKey(Map.of())).status())
                .as("six days back by an agent").isEqualTo(201);
        var byOwner = shop.owner().post(purchases, purchase(tenDaysAgo), withKey(Map.of()));
        assertThat(byOwner.status()).as(byOwner.raw()).isEqualTo(201);
        assertThat(shop.owner().get(purchases).json().at("/items").size()).isEqualTo(3);
    }

    private static Map<String, Object> purchase(String occurredAt) {
        return Map.of("amount", "20.00", "currency", "EUR", "occurredAt", occurredAt);
    }

    private static Map<String, String> withKey(Map<String, String> headers) {
        var all = new java.util.HashMap<>(headers);
        all.put("Idempotency-Key", UUID.randomUUID().toString());
        return all;
    }
}
