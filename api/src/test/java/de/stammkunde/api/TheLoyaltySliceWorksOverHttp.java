package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The first vertical slice: owner → customer → purchase → points → customer portal. */
class TheLoyaltySliceWorksOverHttp extends ApiTest {
    @Test
    void aPurchaseEarnsPointsByTheShopsRuleAndTheCustomerSeesThemInThePortal() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);

        var recorded = fixtures().purchase(shop, shop.owner(), customer.customerId(), "25.00", UUID.randomUUID() + "");
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        assertThat(recorded.json().at("/pointsEarned").asLong()).isEqualTo(25);
        assertThat(recorded.json().at("/balance/available").asLong()).isEqualTo(25);
        assertThat(recorded.text("/purchase/amount")).isEqualTo("25.00");

        var detail = shop.owner().get(shop.path("/customers/" + customer.customerId()));
        assertThat(detail.json().at("/balance/available").asLong()).isEqualTo(25);
        var ledger = shop.owner().get(shop.path("/customers/" + customer.customerId() + "/ledger"));
        assertThat(ledger.json().at("/items/0/type").asString()).isEqualTo("PURCHASE_EARN");
        assertThat(ledger.json().at("/items/0/availableDelta").asLong()).isEqualTo(25);
        assertThat(ledger.json().at("/items/0/purchase/amount").asString()).isEqualTo("25.00");

        ApiClient portal = fixtures().customerSession(customer);
        var me = portal.get("/api/v1/portal/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().at("/balance/available").asLong()).isEqualTo(25);
        assertThat(me.text("/shop/slug")).isEqualTo(shop.slug());
        var history = portal.get("/api/v1/portal/ledger");
        assertThat(history.json().at("/items").size()).isEqualTo(1);
        assertThat(history.json().at("/items/0/availableDelta").asLong()).isEqualTo(25);

        // Logging in again with the password the customer chose works, on a fresh client.
        ApiClient again = newClient();
        var login = again.post("/api/v1/portal/auth/login", Map.of("shop", shop.slug(), "email", customer.email(),
                "password", Fixtures.PASSWORD));
        assertThat(login.status()).as(login.raw()).isEqualTo(200);
        assertThat(login.text("/user/role")).isEqualTo("CUSTOMER");
        assertThat(again.get("/api/v1/portal/me").json().at("/balance/available").asLong()).isEqualTo(25);
    }

    @Test
    void theOwnerConfiguresTheEarningRateAndAgentsMayNot() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        assertThat(shop.owner().get(shop.path("/programme")).text("/basePointsPerUnit")).isEqualTo("1.0000");

        var changed = shop.owner().put(shop.path("/programme"), Map.of("basePointsPerUnit", "2.5"));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.text("/basePointsPerUnit")).isEqualTo("2.5000");

        ApiClient agent = fixtures().agentSession(shop);
        var byAgent = fixtures().purchase(shop, agent, customer.customerId(), "10.99", UUID.randomUUID() + "");
        assertThat(byAgent.status()).as(byAgent.raw()).isEqualTo(201);
        assertThat(byAgent.json().at("/pointsEarned").asLong()).as("2.5 × 10.99 rounded down").isEqualTo(27);

        var agentChange = agent.put(shop.path("/programme"), Map.of("basePointsPerUnit", "100"));
        assertThat(agentChange.status()).isEqualTo(403);
        assertThat(agentChange.text("/code")).isEqualTo("forbidden");
        assertThat(agent.get(shop.path("/staff")).status()).isEqualTo(403);
        assertThat(shop.owner().get(shop.path("/programme")).text("/basePointsPerUnit")).isEqualTo("2.5000");
    }

    @Test
    void theOwnerSeesStaffAndOpenInvitations() {
        var shop = fixtures().newShop();
        fixtures().agentSession(shop);
        var invited = shop.owner().post(shop.path("/staff/invitations"),
                Map.of("email", "later@example.de", "role", "AGENT"));
        assertThat(invited.status()).isEqualTo(201);

        var again = shop.owner().post(shop.path("/staff/invitations"),
                Map.of("email", "LATER@example.de", "role", "AGENT"));
        assertThat(again.status()).as("one open invitation per address").isEqualTo(409);
        assertThat(again.text("/errors/0/field")).isEqualTo("email");

        var staff = shop.owner().get(shop.path("/staff"));
        assertThat(staff.json().at("/items").size()).isEqualTo(2);
        assertThat(staff.json().at("/invitations").size()).isEqualTo(1);
        assertThat(staff.text("/invitations/0/email")).isEqualTo("later@example.de");
    }

    @Test
    void customersCanBeFoundByNameEmailAndNumber() {
        var shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        shop.owner().post(shop.path("/customers"), Map.of("firstName", "Hans", "lastName", "Wurst",
                "acquisitionChannel", "REFERRAL", "acquiredOn", "2025-03-01"));

        assertThat(shop.owner().get(shop.path("/customers")).json().at("/total").asLong()).isEqualTo(2);
        var byName = shop.owner().get(shop.path("/customers?q=wurst"));
        assertThat(byName.json().at("/items").size()).isEqualTo(1);
        assertThat(byName.text("/items/0/acquisitionChannel")).isEqualTo("REFERRAL");
        assertThat(byName.text("/items/0/acquiredOn")).isEqualTo("2025-03-01");
        var byEmail = shop.owner().get(shop.path("/customers?q=" + customer.email()));
        assertThat(byEmail.text("/items/0/id")).isEqualTo(customer.customerId());
        var byNumber = shop.owner().get(shop.path("/customers?q=10001"));
        assertThat(byNumber.text("/items/0/id")).isEqualTo(customer.customerId());
    }
}
