package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Someone whose role may not call an endpoint gets 403 whatever they send: never a 400 that describes the body the
 * endpoint would have wanted, never a 422 that checked it against the shop's data.
 */
class RolesAreCheckedBeforeTheRequestIsRead extends ApiTest {
    @Test
    void anAgentAndTheTillGet403ForOwnerEndpointsEvenWithNonsenseBodies() {
        Fixtures.ShopContext shop = fixtures().newShop();
        ApiClient agent = fixtures().agentSession(shop);
        String secret = shop.owner().post(shop.path("/api-keys"), Map.of("name", "Kasse")).text("/secret");
        ApiClient till = newClient().withoutCsrf();
        Map<String, String> asTill = Map.of("Authorization", "Bearer " + secret);

        var agentProgramme = agent.send("PUT", shop.path("/programme"), Map.of("expiryMode", "nonsense"), Map.of());
        var agentReward = agent.post(shop.path("/rewards"), "{not json");
        var tillReward = till.post(shop.path("/rewards"), Map.of("pointsCost", -5), asTill);
        var tillStaff = till.send("PATCH", shop.path("/staff/" + UUID.randomUUID()), Map.of("active", "vielleicht"),
                asTill);

        for (var response : new ApiClient.Response[] {agentProgramme, agentReward, tillReward, tillStaff}) {
            assertThat(response.status()).as(response.raw()).isEqualTo(403);
            assertThat(response.text("/code")).isEqualTo("forbidden");
            assertThat(response.json().at("/errors").isMissingNode()).as("nothing about the body").isTrue();
        }
        var ownerNonsense = shop.owner().send("PUT", shop.path("/programme"), Map.of("expiryMode", "nonsense"),
                Map.of());
        assertThat(ownerNonsense.status()).as("the owner is told what is wrong").isEqualTo(400);
    }
}
