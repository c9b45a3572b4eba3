package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.RedisSessions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Sessions are written to Redis as JSON (not Java serialisation) and read back from it on every request: the
 * security context with our principal survives, and so do CSRF-protected writes.
 */
class SessionsAreJsonInRedis extends ApiTest {
    @Autowired
    StringRedisTemplate redis;

    private RedisSessions sessions;

    @BeforeEach
    void sessions() {
        sessions = new RedisSessions(redis);
    }

    @Test
    void aStaffSessionIsJsonAndWorksWhenReadBack() {
        var shop = fixtures().newShop();
        ApiClient owner = shop.owner();

        Map<String, String> fields = sessions.fields(owner);
        assertThat(fields.keySet()).as("everything the session holds").containsExactlyInAnyOrder("creationTime",
                "lastAccessedTime", "maxInactiveInterval", "sessionAttr:SPRING_SECURITY_CONTEXT");
        fields.values().forEach(value -> assertThat(ApiClient.JSON.readTree(value)).as(value).isNotNull());
        JsonNode context = ApiClient.JSON.readTree(fields.get("sessionAttr:SPRING_SECURITY_CONTEXT"));
        assertThat(context.at("/@class").asString())
                .isEqualTo("org.springframework.security.core.context.SecurityContextImpl");
        JsonNode principal = context.at("/authentication/principal");
        assertThat(principal.at("/@class").asString()).isEqualTo(StammkundeUser.class.getName());
        assertThat(principal.at("/role").asString()).isEqualTo("OWNER");
        assertThat(principal.at("/shopId").asString()).isEqualTo(shop.shopId());
        assertThat(principal.at("/email").asString()).isEqualTo(shop.ownerEmail());
        assertThat(context.at("/authentication/credentials").isNull()).as("no password in the session").isTrue();

        // Read back from Redis by the next requests: who is logged in, and a write behind CSRF protection.
        assertThat(owner.get("/api/v1/auth/session").text("/user/role")).isEqualTo("OWNER");
        var created = owner.post(shop.path("/customers"), Map.of("firstName", "Jana", "lastName", "Json",
                "acquisitionChannel", "IN_STORE"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(ApiClient.JSON.readTree(sessions.fields(owner).get("sessionAttr:SPRING_SECURITY_CONTEXT"))
                .at("/authentication/principal/role").asString()).as("still JSON after use").isEqualTo("OWNER");
    }

    @Test
    void aCustomerSessionIsJsonAndWorksWhenReadBack() {
        var shop = fixtures().newShop();
        ApiClient customer = fixtures().customerSession(fixtures().newCustomer(shop));

        JsonNode principal = ApiClient.JSON.readTree(sessions.fields(customer)
                .get("sessionAttr:SPRING_SECURITY_CONTEXT")).at("/authentication/principal");
        assertThat(principal.at("/role").asString()).isEqualTo("CUSTOMER");
        assertThat(customer.get("/api/v1/portal/me").status()).isEqualTo(200);
        assertThat(customer.post("/api/v1/auth/logout", null).status()).as("a write with CSRF").isEqualTo(204);
    }
}
