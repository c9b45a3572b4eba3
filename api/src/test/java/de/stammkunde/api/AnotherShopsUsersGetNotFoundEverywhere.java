package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Tenant isolation, for every staff endpoint the application has (read from Spring's handler mappings, so a new
 * endpoint is covered the day it is added): another shop's owner, agent and customer get 404; anonymous callers
 * get 401; the shop's own customers get 403.
 */
class AnotherShopsUsersGetNotFoundEverywhere extends ApiTest {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Fixtures.ShopContext shopA;
    private Fixtures.CustomerContext customerOfA;
    private Fixtures.ShopContext shopB;
    private ApiClient agentOfB;
    private ApiClient customerOfB;
    private ApiClient ownCustomerOfA;
    private String rewardOfA;
    private String voucherOfA;
    private String purchaseOfA;
    private String promotionOfA;
    private String tierOfA;
    private String keyOfA;
    private String invitationOfA;

    record Endpoint(RequestMethod method, String pattern) {
        /** Fills every path variable with a real resource of shop A; a new variable must be added here. */
        String path(Map<String, String> resourcesOfA) {
            String path = pattern;
            for (var variable : resourcesOfA.entrySet()) {
                path = path.replace("{" + variable.getKey() + "}", variable.getValue());
            }
            assertThat(path).as("every path variable of %s has a resource of shop A", pattern).doesNotContain("{");
            return path;
        }
    }

    @BeforeEach
    void twoShops() {
        shopA = fixtures().newShop();
        customerOfA = fixtures().newCustomer(shopA);
        fixtures().purchase(shopA, shopA.owner(), customerOfA.customerId(), "10.00", UUID.randomUUID() + "");
        ownCustomerOfA = fixtures().customerSession(customerOfA);
        var reward = shopA.owner().post(shopA.path("/rewards"), Map.of("name", "Kaffee", "pointsCost", 5,
                "kind", "FREE_ITEM", "item", "Kaffee"));
        rewardOfA = reward.text("/id");
        purchaseOfA = shopA.owner().get(shopA.path("/customers/" + customerOfA.customerId() + "/purchases"))
                .text("/items/0/id");
        voucherOfA = shopA.owner().post(shopA.path("/customers/" + customerOfA.customerId() + "/redemptions"),
                Map.of("rewardId", rewardOfA), Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .text("/voucher/code");
        assertThat(voucherOfA).isNotBlank();
        promotionOfA = shopA.owner().post(shopA.path("/promotions"), Map.of("name", "Doppelt", "kind", "MULTIPLIER",
                "multiplier", "2", "startsAt", "2026-01-01T00:00:00Z", "endsAt", "2026-01-02T00:00:00Z"))
                .text("/id");
        tierOfA = shopA.owner().post(shopA.path("/tiers"), Map.of("name", "Gold", "threshold", "500",
                "multiplier", "2")).text("/id");
        keyOfA = shopA.owner().post(shopA.path("/api-keys"), Map.of("name", "Kasse")).text("/id");
        invitationOfA = shopA.owner().post(shopA.path("/staff/invitations"), Map.of("email",
                "eingeladen@example.de", "role", "AGENT")).text("/id");
        shopB = fixtures().newShop();
        agentOfB = fixtures().agentSession(shopB);
        customerOfB = fixtures().customerSession(fixtures().newCustomer(shopB));
    }

    @Test
    void everyShopEndpointAnswers404ToAnotherShopsUsers() {
        List<Endpoint> endpoints = shopEndpoints();
        assertThat(endpoints).as("the staff API as we know it, at least")
                .contains(new Endpoint(RequestMethod.GET, "/api/v1/shops/{shopId}/customers"),
                        new Endpoint(RequestMethod.POST, "/api/v1/shops/{shopId}/customers/{customerId}/purchases"),
                        new Endpoint(RequestMethod.PUT, "/api/v1/shops/{shopId}/programme"),
                        new Endpoint(RequestMethod.POST, "/api/v1/shops/{shopId}/staff/invitations"),
                        new Endpoint(RequestMethod.POST, "/api/v1/shops/{shopId}/vouchers/{code}/redemption"),
                        new Endpoint(RequestMethod.POST,
                                "/api/v1/shops/{shopId}/customers/{customerId}/adjustments"));

        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String path = endpoint.path(Map.of("shopId", shopA.shopId(), "customerId", customerOfA.customerId(),
                    "rewardId", rewardOfA, "code", voucherOfA, "purchaseId", purchaseOfA,
                    "promotionId", promotionOfA, "tierId", tierOfA, "keyId", keyOfA,
                    "invitationId", invitationOfA));
            expect(failures, endpoint, "owner of B", shopB.owner(), path, 404);
            expect(failures, endpoint, "agent of B", agentOfB, path, 404);
            expect(failures, endpoint, "customer of B", customerOfB, path, 404);
            expect(failures, endpoint, "anonymous", newClient(), path, 401);
            expect(failures, endpoint, "customer of A", ownCustomerOfA, path, 403);
        }
        assertThat(failures).isEmpty();
        // Nothing of shop A changed through all of that.
        var detail = shopA.owner().get(shopA.path("/customers/" + customerOfA.customerId()));
        assertThat(detail.json().at("/balance/available").asLong()).isEqualTo(5);
        assertThat(shopA.owner().get(shopA.path("/vouchers/" + voucherOfA)).text("/status")).isEqualTo("ISSUED");
        assertThat(shopA.owner().get(shopA.path("/rewards")).text("/items/0/name")).isEqualTo("Kaffee");
        assertThat(shopA.owner().get(shopA.path("/customers")).json().at("/total").asLong()).isEqualTo(1);
        assertThat(shopA.owner().get(shopA.path("/programme")).text("/basePointsPerUnit")).isEqualTo("1.0000");
    }

    @Test
    void aCustomerIdOfAnotherShopIsNotFoundEvenInTheUsersOwnShop() {
        String path = shopB.path("/customers/" + customerOfA.customerId());
        assertThat(shopB.owner().get(path).status()).isEqualTo(404);
        assertThat(shopB.owner().get(path + "/ledger").status()).isEqualTo(404);
        assertThat(shopB.owner().get(path + "/purchases").status()).isEqualTo(404);
        assertThat(shopB.owner().get(path + "/vouchers").status()).isEqualTo(404);
        assertThat(shopB.owner().get(shopB.path("/vouchers/" + voucherOfA)).status()).isEqualTo(404);
        var redeemInB = shopB.owner().post(shopB.path("/customers/" + customerOfA.customerId() + "/redemptions"),
                Map.of("rewardId", rewardOfA), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(redeemInB.status()).isEqualTo(404);
        var purchase = fixtures().purchase(shopB, shopB.owner(), customerOfA.customerId(), "5.00",
                UUID.randomUUID() + "");
        assertThat(purchase.status()).isEqualTo(404);
        assertThat(shopA.owner().get(shopA.path("/customers/" + customerOfA.customerId())).json()
                .at("/balance/available").asLong()).as("10 earned, 5 redeemed, nothing from shop B").isEqualTo(5);
    }

    @Test
    void thePortalShowsEachCustomerOnlyTheirOwnData() {
        assertThat(customerOfB.get("/api/v1/portal/me").json().at("/balance/available").asLong()).isZero();
        assertThat(customerOfB.get("/api/v1/portal/ledger").json().at("/items").size()).isZero();
        assertThat(ownCustomerOfA.get("/api/v1/portal/me").json().at("/balance/available").asLong()).isEqualTo(5);
        assertThat(customerOfB.get("/api/v1/portal/vouchers").json().at("/items").size()).isZero();
        assertThat(customerOfB.get("/api/v1/portal/rewards").json().at("/items").size()).isZero();
        assertThat(shopB.owner().get("/api/v1/portal/me").status()).isEqualTo(403);
        assertThat(newClient().get("/api/v1/portal/me").status()).isEqualTo(401);
    }

    private List<Endpoint> shopEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/v1/shops/{shopId}"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> endpoints.add(new Endpoint(m, p)))));
        return endpoints;
    }

    private static void expect(List<String> failures, Endpoint endpoint, String who, ApiClient client, String path,
                               int status) {
        Object body = endpoint.method() == RequestMethod.GET ? null : Map.of();
        var response = client.send(endpoint.method().name(), path, body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (response.status() != status) {
            failures.add(endpoint + " as " + who + ": expected " + status + " but was " + response);
        }
    }
}
