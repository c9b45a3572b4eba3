package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies are capped at 64 KB before anyone reads them: the proof that nothing ran is a login with the right
 * password, padded with a megabyte of (valid JSON) blanks. Read, it would log in; refused, it leaves no session
 * and not even a counted login attempt, which the login handler records first.
 */
class OversizedRequestsAreRefusedBeforeTheyAreRead extends ApiTest {
    private static final int ONE_MEGABYTE = 1 << 20;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper httpJson;

    @Test
    void aMegabyteLoginWithContentLengthIsAnswered413WithoutReachingTheLogin() {
        var shop = fixtures().newShop();
        ApiClient client = newClient();

        var response = client.post("/api/v1/auth/login", paddedLogin(shop, ONE_MEGABYTE));

        assertThat(response.status()).as(response.raw()).isEqualTo(413);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.text("/code")).isEqualTo("payload-too-large");
        assertThat(response.text("/detail")).contains("65,536");
        assertNoLoginRan(shop, client);
    }

    @Test
    void aMegabyteLoginSentInChunksIsCutOffAtTheLimit() {
        var shop = fixtures().newShop();
        ApiClient client = newClient();

        var response = client.postChunked("/api/v1/auth/login",
                paddedLogin(shop, ONE_MEGABYTE).getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.raw()).isEqualTo(413);
        assertThat(response.text("/code")).isEqualTo("payload-too-large");
        assertNoLoginRan(shop, client);
    }

    @Test
    void aBodyJustUnderTheLimitIsStillRead() {
        var shop = fixtures().newShop();
        ApiClient client = newClient();
        String small = paddedLogin(shop, 0);
        String body = paddedLogin(shop, 64 * 1024 - small.length());
        assertThat(body).hasSize(64 * 1024);

        var response = client.postChunked("/api/v1/auth/login", body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.text("/user/role")).isEqualTo("OWNER");
    }

    @Test
    void theApiParserRefusesAbsurdJsonWithinTheBodyLimit() {
        String deep = "[".repeat(33) + "]".repeat(33);
        String longNumber = "1".repeat(65);
        String longString = "\"" + "x".repeat(65537) + "\"";
        assertThatThrownBy(() -> httpJson.readTree(deep)).isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> httpJson.readTree(longNumber)).isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> httpJson.readTree(longString)).isInstanceOf(StreamConstraintsException.class);
        assertThat(httpJson.readTree("[".repeat(32) + "]".repeat(32)).isArray()).as("32 levels are fine").isTrue();

        var shop = fixtures().newShop();
        var tooDeep = shop.owner().post(shop.path("/customers"),
                "{\"firstName\":" + "[".repeat(40) + "]".repeat(40) + "}");
        assertThat(tooDeep.status()).as(tooDeep.raw()).isEqualTo(400);
        assertThat(tooDeep.text("/code")).isEqualTo("malformed-body");
    }

    private static String paddedLogin(Fixtures.ShopContext shop, int blanks) {
        return "{\"shop\":\"" + shop.slug() + "\",\"email\":\"" + shop.ownerEmail() + "\",\"password\":\""
                + Fixtures.PASSWORD + "\"" + " ".repeat(blanks) + "}";
    }

    private void assertNoLoginRan(Fixtures.ShopContext shop, ApiClient client) {
        assertThat(client.get("/api/v1/auth/session").json().at("/authenticated").asBoolean())
                .as("not logged in").isFalse();
        assertThat(redis.keys(TestInfrastructure.get().redisKeyPrefix() + "login:staff:" + shop.slug() + ":*"))
                .as("the login handler never ran: no attempt was counted").isEmpty();
    }
}
