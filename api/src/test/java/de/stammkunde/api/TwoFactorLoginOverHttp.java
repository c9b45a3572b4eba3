package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.AuthenticatorApp;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.api.support.RedisSessions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two-factor login (TOTP, RFC 6238) for staff and customers: set up with a code from the app, then a login needs
 * the password and a code — each code once, recovery codes once each; five wrong codes end the waiting login;
 * sensitive owner actions ask for a code again when the last check is old. (Owners' duty to use it:
 * {@link OwnersMustUseTwoFactorLogin}.)
 */
class TwoFactorLoginOverHttp extends ApiTest {
    @Autowired
    StringRedisTemplate redis;

    @Test
    void anOwnerTurnsItOnAndThenLogsInWithPasswordAndACodeThatWorksOnce() {
        Fixtures.ShopContext shop = fixtures().newShop();
        ApiClient owner = shop.owner();
        assertThat(owner.get("/api/v1/auth/session").json().at("/user/secondFactorEnabled").asBoolean()).isFalse();

        var setup = owner.post("/api/v1/account/second-factor/setup", null);
        assertThat(setup.status()).as(setup.raw()).isEqualTo(200);
        String secret = setup.text("/secret");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(setup.text("/otpauthUri")).startsWith("otpauth://totp/Stammkunde%20%28Laden%20" + shop.slug())
                .contains("secret=" + secret).contains("issuer=").contains("digits=6").contains("period=30");

        var wrong = owner.post("/api/v1/account/second-factor", Map.of("code", AuthenticatorApp.wrongCode(secret)));
        assertThat(wrong.status()).as(wrong.raw()).isEqualTo(422);
        assertThat(wrong.text("/code")).isEqualTo("bad-second-factor");
        assertThat(wrong.json().at("/errors/0/field").asString()).isEqualTo("code");
        assertThat(owner.get("/api/v1/account/second-factor").json().at("/enabled").asBoolean()).isFalse();

        String enablingCode = AuthenticatorApp.code(secret, -1);
        var enabled = owner.post("/api/v1/account/second-factor", Map.of("code", enablingCode));
        assertThat(enabled.status()).as(enabled.raw()).isEqualTo(200);
        List<String> recovery = enabled.json().at("/recoveryCodes").valueStream().map(JsonNode::asString).toList();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}(-[a-z2-9]{5}){4}"));
        JsonNode status = owner.get("/api/v1/account/second-factor").json();
        assertThat(status.at("/enabled").asBoolean()).isTrue();
        assertThat(status.at("/recoveryCodesLeft").asInt()).isEqualTo(10);
        assertThat(owner.post("/api/v1/account/second-factor/setup", null).status()).as("on already").isEqualTo(409);

        ApiClient browser = newClient();
        var password = login(browser, shop);
        assertThat(password.status()).as(password.raw()).isEqualTo(200);
        assertThat(password.json().at("/authenticated").asBoolean()).isFalse();
        assertThat(password.text("/stage")).isEqualTo("second-factor");
        assertThat(password.json().has("user")).isFalse();
        assertThat(browser.get("/api/v1/auth/session").text("/stage")).isEqualTo("second-factor");
        assertThat(browser.get(shop.path("/customers")).status()).as("nothing open yet").isEqualTo(401);
        assertThat(browser.get("/api/v1/account/second-factor").status()).isEqualTo(401);

        var replayed = browser.post("/api/v1/auth/login/second-factor", Map.of("code", enablingCode));
        assertThat(replayed.status()).as("the code that turned it on is spent").isEqualTo(401);
        assertThat(replayed.text("/code")).isEqualTo("bad-second-factor");
        String sessionBefore = browser.cookie(SESSION_COOKIE).orElseThrow();
        var in = browser.post("/api/v1/auth/login/second-factor", Map.of("code", AuthenticatorApp.code(secret, 0)));
        assertThat(in.status()).as(in.raw()).isEqualTo(200);
        assertThat(in.json().at("/authenticated").asBoolean()).isTrue();
        assertThat(in.json().at("/user/secondFactorEnabled").asBoolean()).isTrue();
        assertThat(browser.cookie(SESSION_COOKIE).orElseThrow()).as("a new session id").isNotEqualTo(sessionBefore);
        assertThat(browser.get(shop.path("/customers")).status()).isEqualTo(200);

        ApiClient another = newClient();
        login(another, shop);
        assertThat(another.post("/api/v1/auth/login/second-factor",
                Map.of("code", AuthenticatorApp.code(secret, 0))).status()).as("the same code twice").isEqualTo(401);

        var actions = owner.get(shop.path("/audit-log?category=SECURITY")).json().at("/items")
                .findValuesAsString("action");
        assertThat(actions).contains("second-factor.enabled", "login.password-accepted", "login.second-factor-failed",
                "login.succeeded");
    }

    @Test
    void recoveryCodesWorkOnceEachAndTheirUseIsAudited() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String secret = enable(shop.owner());
        List<String> recovery = shop.owner().post("/api/v1/account/second-factor/recovery-codes",
                Map.of("code", AuthenticatorApp.code(secret, 0))).json().at("/recoveryCodes").valueStream()
                .map(JsonNode::asString).toList();
        assertThat(recovery).hasSize(10);

        ApiClient browser = newClient();
        login(browser, shop);
        var in = browser.post("/api/v1/auth/login/second-factor",
                Map.of("code", recovery.get(3).toUpperCase().replace("-", " ")));
        assertThat(in.status()).as("case, spaces and dash do not matter: " + in.raw()).isEqualTo(200);
        assertThat(browser.get("/api/v1/account/second-factor").json().at("/recoveryCodesLeft").asInt()).isEqualTo(9);

        ApiClient again = newClient();
        login(again, shop);
        assertThat(again.post("/api/v1/auth/login/second-factor", Map.of("code", recovery.get(3))).status())
                .as("used once").isEqualTo(401);
        assertThat(shop.owner().get(shop.path("/audit-log?category=SECURITY")).json().at("/items")
                .findValuesAsString("action")).contains("second-factor.recovery-code-used",
                "second-factor.recovery-codes-renewed");
    }

    @Test
    void aPasswordResetLeavesTheSecondFactorInPlace() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String secret = enable(shop.owner());
        assertThat(newClient().post("/api/v1/auth/password-reset", Map.of("shop", shop.slug(), "email",
                shop.ownerEmail())).status()).isEqualTo(202);
        String token = mailbox().token(shop.ownerEmail(), "/reset-password/");
        var reset = newClient().post("/api/v1/auth/password-reset/" + token, Map.of("password",
                "Kiesel-Gartenweg-Abend"));
        assertThat(reset.status()).as(reset.raw()).isEqualTo(204);

        ApiClient browser = newClient();
        var password = browser.post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email", shop.ownerEmail(),
                "password", "Kiesel-Gartenweg-Abend"));
        assertThat(password.text("/stage")).as("the mailed link replaced the password, not the app")
                .isEqualTo("second-factor");
        assertThat(browser.post("/api/v1/auth/login/second-factor", Map.of("code", AuthenticatorApp.code(secret, 0)))
                .status()).isEqualTo(200);
    }

    @Test
    void fiveWrongCodesEndTheWaitingLoginAndThePasswordIsNeededAgain() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String secret = enable(shop.owner());
        ApiClient browser = newClient();
        login(browser, shop);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.post("/api/v1/auth/login/second-factor",
                    Map.of("code", AuthenticatorApp.wrongCode(secret))).text("/code")).isEqualTo("bad-second-factor");
        }
        var late = browser.post("/api/v1/auth/login/second-factor", Map.of("code", AuthenticatorApp.code(secret, 0)));
        assertThat(late.status()).isEqualTo(401);
        assertThat(late.text("/code")).isEqualTo("second-factor-login-expired");
        assertThat(browser.get("/api/v1/auth/session").json().has("stage")).isFalse();

        var portalStep = newClient().post("/api/v1/portal/auth/login/second-factor", Map.of("code", "123456"));
        assertThat(portalStep.text("/code")).as("no login waits").isEqualTo("second-factor-login-expired");
        var blank = newClient().post("/api/v1/auth/login/second-factor", Map.of("code", ""));
        assertThat(blank.status()).isEqualTo(400);
    }

    @Test
    void tenCodesPerAccountIn15MinutesFromEverywhereThen429() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String secret = enable(shop.owner());
        for (int i = 0; i < 9; i++) {
            assertThat(shop.owner().post("/api/v1/account/second-factor/check",
                    Map.of("code", AuthenticatorApp.wrongCode(secret))).status()).isEqualTo(422);
        }
        ApiClient elsewhere = newClient();
        login(elsewhere, shop);
        var eleventh = elsewhere.post("/api/v1/auth/login/second-factor", Map.of("code", AuthenticatorApp.wrongCode(secret)));
        assertThat(eleventh.status()).as("the enabling code counted too: " + eleventh.raw()).isEqualTo(429);
        var right = elsewhere.post("/api/v1/auth/login/second-factor", Map.of("code", AuthenticatorApp.code(secret, 0)));
        assertThat(right.status()).as("even the right code waits").isEqualTo(429);
        assertThat(right.header("Retry-After")).isPresent();
    }

    @Test
    void apiKeysAndLargeAdjustmentsAskForACodeWhenTheLastCheckIsOld() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        ApiClient owner = shop.owner();
        String secret = enable(owner);
        assertThat(owner.post(shop.path("/api-keys"), Map.of("name", "Kasse 1")).status())
                .as("just proven by turning it on").isEqualTo(201);

        RedisSessions sessions = new RedisSessions(redis);
        long sixMinutesAgo = java.time.Instant.now().minusSeconds(360).getEpochSecond();
        sessions.set(owner, "sessionAttr:stammkunde.second-factor.checked-at", Long.toString(sixMinutesAgo));

        var key = owner.post(shop.path("/api-keys"), Map.of("name", "Kasse 2"));
        assertThat(key.status()).as(key.raw()).isEqualTo(403);
        assertThat(key.text("/code")).isEqualTo("second-factor-recheck-required");
        String adjustments = shop.path("/customers/" + customer.customerId() + "/adjustments");
        assertThat(owner.post(adjustments, Map.of("points", 501, "reason", "Kulanz"), once()).status())
                .isEqualTo(403);
        assertThat(owner.post(adjustments, Map.of("points", 500, "reason", "Kulanz"), once()).status())
                .as("small ones need no code").isEqualTo(201);

        var wrong = owner.post("/api/v1/account/second-factor/check", Map.of("code", AuthenticatorApp.wrongCode(secret)));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().at("/errors/0/field").asString()).isEqualTo("code");
        assertThat(owner.post("/api/v1/account/second-factor/check", Map.of("code", AuthenticatorApp.code(secret, 0)))
                .status()).isEqualTo(204);
        assertThat(owner.post(shop.path("/api-keys"), Map.of("name", "Kasse 2")).status()).isEqualTo(201);
        assertThat(owner.post(adjustments, Map.of("points", 600, "reason", "Kulanz"), once()).status())
                .isEqualTo(201);
        assertThat(owner.post(adjustments, Map.of("points", -501, "reason", "Korrektur"), once()).status())
                .as("either way").isEqualTo(201);
    }

    @Test
    void agentsAndCustomersMayUseItAndTurnItOffWithPasswordAndCode() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        ApiClient portal = fixtures().customerSession(customer);
        String secret = enable(portal);

        ApiClient browser = newClient();
        var password = browser.post("/api/v1/portal/auth/login", Map.of("shop", shop.slug(), "email",
                customer.email(), "password", Fixtures.PASSWORD));
        assertThat(password.text("/stage")).isEqualTo("second-factor");
        assertThat(browser.post("/api/v1/auth/login/second-factor", Map.of("code", AuthenticatorApp.code(secret, 0)))
                .text("/code")).as("not the staff door").isEqualTo("second-factor-login-expired");
        browser.post("/api/v1/portal/auth/login", Map.of("shop", shop.slug(), "email", customer.email(),
                "password", Fixtures.PASSWORD));
        var in = browser.post("/api/v1/portal/auth/login/second-factor",
                Map.of("code", AuthenticatorApp.code(secret, 0)));
        assertThat(in.status()).as(in.raw()).isEqualTo(200);
        assertThat(in.text("/user/role")).isEqualTo("CUSTOMER");
        assertThat(browser.get("/api/v1/portal/me").status()).isEqualTo(200);

        var badPassword = portal.post("/api/v1/account/second-factor/disable",
                Map.of("password", "not-the-password", "code", AuthenticatorApp.code(secret, 1)));
        assertThat(badPassword.status()).isEqualTo(422);
        assertThat(badPassword.json().at("/errors/0/field").asString()).isEqualTo("password");
        var off = portal.post("/api/v1/account/second-factor/disable",
                Map.of("password", Fixtures.PASSWORD, "code", AuthenticatorApp.code(secret, 1)));
        assertThat(off.status()).as(off.raw()).isEqualTo(204);
        var plain = newClient().post("/api/v1/portal/auth/login", Map.of("shop", shop.slug(), "email",
                customer.email(), "password", Fixtures.PASSWORD));
        assertThat(plain.json().at("/authenticated").asBoolean()).as("the password alone again").isTrue();

        ApiClient agent = fixtures().agentSession(shop);
        String agentId = agent.get("/api/v1/auth/session").text("/user/id");
        enable(agent);
        assertThat(agent.get("/api/v1/auth/session").json().at("/user/secondFactorEnabled").asBoolean()).isTrue();
        assertThat(secondFactorInStaffList(shop, agentId)).as("the owner sees who has one").isTrue();
        assertThat(agent.send("DELETE", shop.path("/staff/" + agentId + "/second-factor"), null, Map.of()).status())
                .as("only owners").isEqualTo(403);
        var reset = shop.owner().send("DELETE", shop.path("/staff/" + agentId + "/second-factor"), null, Map.of());
        assertThat(reset.status()).as("the agent lost the phone: " + reset.raw()).isEqualTo(204);
        assertThat(agent.get("/api/v1/account/second-factor").json().at("/enabled").asBoolean()).isFalse();
        assertThat(secondFactorInStaffList(shop, agentId)).isFalse();
    }

    private static boolean secondFactorInStaffList(Fixtures.ShopContext shop, String staffId) {
        for (JsonNode member : shop.owner().get(shop.path("/staff")).json().at("/items")) {
            if (member.at("/id").asString().equals(staffId)) {
                return member.at("/secondFactor").asBoolean();
            }
        }
        throw new AssertionError("not in the staff list: " + staffId);
    }

    private static Map<String, String> once() {
        return Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString());
    }

    /** Turns two-factor login on for the client's account; returns the secret (its -1 step code is spent). */
    static String enable(ApiClient client) {
        String secret = client.post("/api/v1/account/second-factor/setup", null).text("/secret");
        var enabled = client.post("/api/v1/account/second-factor", Map.of("code", AuthenticatorApp.code(secret, -1)));
        assertThat(enabled.status()).as(enabled.raw()).isEqualTo(200);
        return secret;
    }

    private static ApiClient.Response login(ApiClient client, Fixtures.ShopContext shop) {
        return client.post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email", shop.ownerEmail(),
                "password", Fixtures.PASSWORD));
    }
}
