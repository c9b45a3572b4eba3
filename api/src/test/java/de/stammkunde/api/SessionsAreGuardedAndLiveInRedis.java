package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class SessionsAreGuardedAndLiveInRedis extends ApiTest {
    @org.springframework.beans.factory.annotation.Autowired
    private de.stammkunde.api.config.StammkundeProperties properties;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void loginAttemptsAreLimitedPerAccountAndAddressSoAStrangerCannotLockTheOwnerOut() {
        var shop = fixtures().newShop();
        ApiClient attacker = newClient();
        Map<String, String> fromAttacker = Map.of("X-Forwarded-For", "203.0.113.66");
        Map<String, String> wrong = Map.of("shop", shop.slug(), "email", shop.ownerEmail(), "password",
                "wrong-password-123");
        for (int i = 1; i <= 10; i++) {
            var response = attacker.post("/api/v1/auth/login", wrong, fromAttacker);
            assertThat(response.status()).as("attempt %d: %s", i, response.raw()).isEqualTo(401);
            assertThat(response.text("/code")).isEqualTo("bad-credentials");
        }
        var blocked = attacker.post("/api/v1/auth/login", wrong, fromAttacker);
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.text("/code")).isEqualTo("too-many-attempts");
        assertThat(blocked.header("Retry-After")).contains("900");
        Map<String, String> right = Map.of("shop", shop.slug(), "email", shop.ownerEmail(), "password",
                Fixtures.PASSWORD);
        assertThat(newClient().post("/api/v1/auth/login", right, fromAttacker).status())
                .as("from the attacker's address even the right password waits out the window").isEqualTo(429);
        String prefix = TestInfrastructure.get().redisKeyPrefix();
        assertThat(redis.keys(prefix + "login:staff:" + shop.slug() + ":*")).as("this address's attempts")
                .singleElement().satisfies(key -> assertThat(key).endsWith("@203.0.113.66"));
        assertThat(redis.opsForValue().get(prefix + "login-failures:staff:" + shop.slug() + ":" + shop.ownerEmail()))
                .as("the account's failures from everywhere").isEqualTo("10");

        var owner = newClient().post("/api/v1/auth/login", right, Map.of("X-Forwarded-For", "198.51.100.23"));
        assertThat(owner.status()).as("the owner at home is not locked out: " + owner.raw()).isEqualTo(200);
        var otherShop = fixtures().newShop();
        var unaffected = newClient().post("/api/v1/auth/login", Map.of("shop", otherShop.slug(), "email",
                otherShop.ownerEmail(), "password", Fixtures.PASSWORD), fromAttacker);
        assertThat(unaffected.status()).as("another account from the same address").isEqualTo(200);
    }

    @Test
    void failuresFromManyAddressesHitTheAccountsCeiling() {
        var shop = fixtures().newShop();
        int ceiling = properties.login().maxFailuresPerAccount();
        for (int i = 0; i < ceiling; i++) {
            var response = newClient().post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email",
                    shop.ownerEmail(), "password", "wrong-password-" + i),
                    Map.of("X-Forwarded-For", "10." + (i / 250) + "." + (i % 250) + ".1"));
            assertThat(response.status()).as("attempt %d", i).isEqualTo(401);
        }
        var anyone = newClient().post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email", shop.ownerEmail(),
                "password", Fixtures.PASSWORD), Map.of("X-Forwarded-For", "198.51.100.24"));
        assertThat(anyone.status()).as("a spread-out attack closes the account for the window").isEqualTo(429);
    }

    @Test
    void spellingTheEmailDifferentlyDoesNotGiveFreshAttempts() {
        var shop = fixtures().newShop();
        ApiClient attacker = newClient();
        Map<String, String> fromAttacker = Map.of("X-Forwarded-For", "203.0.113.99");
        // Control characters other than tab and line breaks never get this far (400 validation, see
        // ControlCharactersAreRefusedEverywhere); the ones that do are trimmed like blanks.
        var refused = attacker.post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email", "\u0001"
                + shop.ownerEmail(), "password", "wrong-password"), fromAttacker);
        assertThat(refused.status()).isEqualTo(400);
        for (int i = 1; i <= 10; i++) {
            String variant = (i % 2 == 0 ? " " : "\t") + shop.ownerEmail().toUpperCase() + "\r\n".repeat(i);
            var response = attacker.post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email", variant,
                    "password", "wrong-password-" + i), fromAttacker);
            assertThat(response.status()).as("attempt %d", i).isEqualTo(401);
        }
        var blocked = attacker.post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email", shop.ownerEmail(),
                "password", Fixtures.PASSWORD), fromAttacker);
        assertThat(blocked.status()).isEqualTo(429);
    }

    @Test
    void unknownShopsUnknownEmailsAndWrongPasswordsLookAlike() {
        var shop = fixtures().newShop();
        var unknownShop = newClient().post("/api/v1/auth/login", Map.of("shop", "no-such-shop", "email",
                shop.ownerEmail(), "password", Fixtures.PASSWORD));
        var unknownEmail = newClient().post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email",
                "nobody@example.de", "password", Fixtures.PASSWORD));
        var customerAsStaff = newClient().post("/api/v1/portal/auth/login", Map.of("shop", shop.slug(), "email",
                shop.ownerEmail(), "password", Fixtures.PASSWORD));
        for (var response : new ApiClient.Response[] {unknownShop, unknownEmail, customerAsStaff}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.text("/code")).isEqualTo("bad-credentials");
            assertThat(response.text("/detail")).isEqualTo(unknownShop.text("/detail"));
        }
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() {
        var shop = fixtures().newShop();
        ApiClient noCsrf = newClient().withoutCsrf();
        var login = noCsrf.post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email", shop.ownerEmail(),
                "password", Fixtures.PASSWORD));
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.text("/code")).isEqualTo("csrf");

        var forged = shop.owner().send("POST", shop.path("/customers"), Map.of("firstName", "Eve", "lastName",
                "Forger", "acquisitionChannel", "OTHER"), Map.of("X-XSRF-TOKEN", "forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(shop.owner().get(shop.path("/customers")).json().at("/total").asLong()).isZero();
    }

    @Test
    void theSessionIsStoredInRedisAndLogoutEndsIt() {
        var shop = fixtures().newShop();
        String cookie = shop.owner().cookie(SESSION_COOKIE).orElseThrow();
        String sessionId = sessionId(cookie);
        assertThat(redis.hasKey(sessionKey(sessionId))).as("the session lives in Redis under %s",
                sessionKey(sessionId)).isTrue();
        assertThat(shop.owner().get("/api/v1/auth/session").json().at("/user/role").asString()).isEqualTo("OWNER");

        var logout = shop.owner().post("/api/v1/auth/logout", null);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(shop.owner().get("/api/v1/auth/session").json().at("/authenticated").asBoolean()).isFalse();
        assertThat(shop.owner().get(shop.path("/customers")).status()).isEqualTo(401);
        assertThat(redis.hasKey(sessionKey(sessionId))).as("the old session is gone from Redis").isFalse();
        // Whoever kept a copy of the cookie holds nothing: the session was ended, not just forgotten by the browser.
        ApiClient copy = newClient().setCookie(SESSION_COOKIE, cookie);
        assertThat(copy.get("/api/v1/auth/session").json().at("/authenticated").asBoolean()).isFalse();
        assertThat(copy.get(shop.path("/customers")).status()).isEqualTo(401);
    }

    /**
     * Session fixation: a session id planted before login (here: someone's own portal session, set into the
     * victim's browser) must not become the victim's logged-in session. Logging in moves the session to a new id;
     * the planted id is gone from Redis and lets its holder in nowhere.
     */
    @Test
    void theSessionIdChangesAtLogin() {
        var shop = fixtures().newShop();
        ApiClient planter = fixtures().customerSession(fixtures().newCustomer(shop));
        String planted = planter.cookie(SESSION_COOKIE).orElseThrow();
        String plantedId = sessionId(planted);
        assertThat(redis.hasKey(sessionKey(plantedId))).as("the planted session exists").isTrue();

        ApiClient victim = newClient().setCookie(SESSION_COOKIE, planted);
        assertThat(victim.get("/api/v1/auth/session").json().at("/user/role").asString())
                .as("the victim's browser carries the planted session").isEqualTo("CUSTOMER");
        var login = victim.post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email", shop.ownerEmail(),
                "password", Fixtures.PASSWORD));
        assertThat(login.status()).as(login.raw()).isEqualTo(200);

        String after = victim.cookie(SESSION_COOKIE).orElseThrow();
        assertThat(sessionId(after)).as("a new session id at login").isNotEqualTo(plantedId);
        for (String id : List.of(plantedId, sessionId(after))) {
            assertThat(id).as("256 random bits, Base64url (also the id a login moves to)").matches("[A-Za-z0-9_-]{43}");
        }
        assertThat(redis.hasKey(sessionKey(sessionId(after)))).isTrue();
        assertThat(redis.hasKey(sessionKey(plantedId))).as("the planted id is gone from Redis").isFalse();
        assertThat(victim.get("/api/v1/auth/session").json().at("/user/role").asString()).isEqualTo("OWNER");
        var planterNow = planter.get("/api/v1/auth/session").json();
        assertThat(planterNow.at("/authenticated").asBoolean())
                .as("the planted id gives its holder nothing: %s", planterNow).isFalse();
        assertThat(planter.get(shop.path("/customers")).status()).isEqualTo(401);
    }

    /** The session id inside the SESSION cookie (Spring Session writes it Base64-encoded). */
    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    /** Where Spring Session keeps a session: {@code spring.session.data.redis.namespace} + ":sessions:" + id. */
    private static String sessionKey(String sessionId) {
        return TestInfrastructure.get().redisKeyPrefix() + "session-json:sessions:" + sessionId;
    }
}
