package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * A security log: sign-ins and their failures and limits, refused requests, off-boarding and the sessions it ended
 * — with who, which shop and from which address — in the audit log the owner reads, and as structured log lines.
 */
class SecurityEventsAreRecordedForTheOwner extends ApiTest {
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger auditLogger = (Logger) LoggerFactory.getLogger("stammkunde.audit");

    @BeforeEach
    void listen() {
        lines.start();
        auditLogger.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        auditLogger.detachAppender(lines);
    }

    @Test
    void failedAndSuccessfulLoginsRefusalsAndOffboardingAreInTheOwnersSecurityLog() {
        Fixtures.ShopContext shop = fixtures().newShop();
        ApiClient agent = fixtures().agentSession(shop);
        var me = agent.get("/api/v1/auth/session");
        String agentId = me.text("/user/id");
        String agentEmail = me.text("/user/email");
        Fixtures.ShopContext other = fixtures().newShop();

        var wrong = login(shop.slug(), agentEmail, "Falsches-Passwort-1", "203.0.113.77");
        var unknown = login(shop.slug(), "niemand@example.de", "Falsches-Passwort-1", "203.0.113.78");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.raw()).as("one answer for every cause").isEqualTo(wrong.raw());
        assertThat(login(shop.slug(), shop.ownerEmail(), Fixtures.PASSWORD, "198.51.100.9").status()).isEqualTo(200);
        assertThat(agent.get(shop.path("/mail-status")).status()).as("owners only").isEqualTo(403);
        assertThat(agent.get(other.path("/customers")).status()).as("another shop").isEqualTo(404);
        assertThat(agent.withoutCsrf().post(shop.path("/customers"), Map.of("firstName", "X", "lastName", "Y",
                "acquisitionChannel", "IN_STORE")).status()).as("no CSRF token").isEqualTo(403);
        var deactivated = shop.owner().send("PATCH", shop.path("/staff/" + agentId), Map.of("active", false),
                Map.of());
        assertThat(deactivated.status()).as(deactivated.raw()).isEqualTo(200);

        List<JsonNode> log = securityLog(shop);
        JsonNode failed = only(log, "login.failed", "reason", "wrong-password");
        assertThat(failed.at("/details/address").asString()).isEqualTo("203.0.113.77");
        assertThat(failed.at("/details/email").asString()).isEqualTo(agentEmail);
        assertThat(failed.at("/actor/kind").asString()).isEqualTo("STAFF");
        assertThat(failed.at("/actor/name").asString()).isEqualTo("Alex Agent");
        JsonNode nobody = only(log, "login.failed", "reason", "unknown-account");
        assertThat(nobody.at("/actor/kind").asString()).isEqualTo("ANONYMOUS");
        assertThat(nobody.at("/details/address").asString()).isEqualTo("203.0.113.78");
        JsonNode succeeded = only(log, "login.succeeded", "realm", "staff");
        assertThat(succeeded.at("/actor/name").asString()).isEqualTo("Olga Owner");
        assertThat(succeeded.at("/details/address").asString()).isEqualTo("198.51.100.9");
        assertThat(only(log, "access.refused", "code", "forbidden").at("/details/request").asString())
                .isEqualTo("GET " + shop.path("/mail-status"));
        assertThat(only(log, "access.refused", "code", "csrf").at("/details/request").asString())
                .isEqualTo("POST " + shop.path("/customers"));
        assertThat(only(log, "access.other-shop", "requestedShop", other.shopId()).at("/actor/id").asString())
                .isEqualTo(agentId);
        assertThat(only(log, "sessions.ended", "reason", "deactivated").at("/details/count").asString())
                .isEqualTo("1");
        assertThat(log).extracting(e -> e.at("/action").asString()).contains("staff.deactivated")
                .doesNotContain("shop.registered");
        assertThat(log).allSatisfy(e -> assertThat(e.at("/security").asBoolean()).isTrue());
        assertThat(securityLogOf(other)).as("the other shop saw nothing of it")
                .noneMatch(e -> e.at("/action").asString().startsWith("access."));

        var all = shop.owner().get(shop.path("/audit-log?category=ALL&limit=200"));
        assertThat(all.json().at("/items").findValuesAsString("action")).contains("shop.registered", "staff.invited");

        ILoggingEvent line = lines.list.stream()
                .filter(e -> keyValues(e).contains("event=login.failed") && keyValues(e).contains("address=203.0.113.77"))
                .findFirst().orElseThrow(() -> new AssertionError("no structured line: " + lines.list));
        assertThat(line.getLevel().toString()).isEqualTo("WARN");
        assertThat(keyValues(line)).contains("shop=" + shop.shopId(), "reason=wrong-password", "security=true");
        assertThat(line.getFormattedMessage()).doesNotContain("Falsches-Passwort-1");
    }

    @Test
    void tooManyAttemptsAreRecordedAndAnUnknownShopOnlyLogged() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String address = "203.0.113." + (100 + (int) (Math.random() * 100));
        for (int i = 0; i < 10; i++) {
            login(shop.slug(), shop.ownerEmail(), "Falsches-Passwort-" + i, address);
        }
        assertThat(login(shop.slug(), shop.ownerEmail(), "Falsches-Passwort-x", address).status()).isEqualTo(429);
        assertThat(securityLog(shop)).anySatisfy(e -> {
            assertThat(e.at("/action").asString()).isEqualTo("login.limited");
            assertThat(e.at("/details/address").asString()).isEqualTo(address);
        });

        String slug = "gibt-es-nicht-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(login(slug, "x@example.de", "Falsches-Passwort-1", address).status()).isEqualTo(401);
        assertThat(lines.list).anySatisfy(e -> assertThat(keyValues(e)).contains("event=login.failed",
                "reason=unknown-shop", "address=" + address));
    }

    @Test
    void onlyTheOwnerReadsTheLogInPages() {
        Fixtures.ShopContext shop = fixtures().newShop();
        ApiClient agent = fixtures().agentSession(shop);
        assertThat(agent.get(shop.path("/audit-log")).status()).isEqualTo(403);
        for (int i = 0; i < 3; i++) {
            login(shop.slug(), shop.ownerEmail(), "Falsches-Passwort-" + i, "192.0.2." + (i + 1));
        }
        var first = shop.owner().get(shop.path("/audit-log?category=SECURITY&limit=2"));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.json().at("/items").size()).isEqualTo(2);
        long next = first.json().at("/nextBefore").asLong();
        var second = shop.owner().get(shop.path("/audit-log?category=SECURITY&limit=2&before=" + next));
        List<Long> seqs = new ArrayList<>(first.json().at("/items").findValues("seq").stream().map(JsonNode::asLong)
                .toList());
        seqs.addAll(second.json().at("/items").findValues("seq").stream().map(JsonNode::asLong).toList());
        assertThat(seqs).as("latest first, no line twice").isSortedAccordingTo((a, b) -> Long.compare(b, a))
                .doesNotHaveDuplicates();
        assertThat(shop.owner().get(shop.path("/audit-log?limit=0")).status()).isEqualTo(400);
        assertThat(shop.owner().get(shop.path("/audit-log?category=NONSENSE")).status()).isEqualTo(400);
    }

    private ApiClient.Response login(String slug, String email, String password, String address) {
        return newClient().post("/api/v1/auth/login", Map.of("shop", slug, "email", email, "password", password),
                Map.of("X-Forwarded-For", address));
    }

    private static List<JsonNode> securityLog(Fixtures.ShopContext shop) {
        var response = shop.owner().get(shop.path("/audit-log?category=SECURITY&limit=200"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().at("/items").forEach(items::add);
        return items;
    }

    private List<JsonNode> securityLogOf(Fixtures.ShopContext shop) {
        return securityLog(shop);
    }

    private static JsonNode only(List<JsonNode> log, String action, String detail, String value) {
        List<JsonNode> found = log.stream().filter(e -> e.at("/action").asString().equals(action)
                && value.equals(e.at("/details/" + detail).asString())).toList();
        assertThat(found).as("%s with %s=%s in %s", action, detail, value, log).hasSize(1);
        return found.getFirst();
    }

    private static List<String> keyValues(ILoggingEvent event) {
        return event.getKeyValuePairs() == null ? List.of()
                : event.getKeyValuePairs().stream().map(kv -> kv.key + "=" + kv.value).toList();
    }
}
