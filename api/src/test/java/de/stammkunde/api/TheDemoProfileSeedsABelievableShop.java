package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The demo profile (with fewer customers here, to stay quick) seeds a shop whose printed logins work. */
@ActiveProfiles("demo")
@TestPropertySource(properties = {"stammkunde.demo.customers=25", "stammkunde.demo.till-customers=200"})
class TheDemoProfileSeedsABelievableShop extends ApiTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.jooq.DSLContext dsl;

    @Test
    void ownerAgentAndCustomerCanLogInAndSeeTwoYearsOfHistory() {
        ApiClient owner = login("/api/v1/auth/login", "inhaberin@baeckerei-sonnenschein.de");
        String shopId = owner.get("/api/v1/auth/session").text("/user/shop/id");
        assertThat(owner.get("/api/v1/shops/" + shopId + "/customers?size=1").json().at("/total").asLong())
                .as("25 members and 200 customers from the till history").isEqualTo(225);
        var customers = owner.get("/api/v1/shops/" + shopId + "/customers?size=100&q=example");
        Set<String> channels = new HashSet<>();
        long withPoints = 0;
        for (var c : customers.json().at("/items")) {
            channels.add(c.at("/acquisitionChannel").asString());
            withPoints += c.at("/balance/available").asLong() > 0 ? 1 : 0;
        }
        assertThat(channels).hasSizeGreaterThan(2);
        assertThat(withPoints).isGreaterThan(15);

        ApiClient agent = login("/api/v1/auth/login", "service@baeckerei-sonnenschein.de");
        assertThat(agent.get("/api/v1/auth/session").text("/user/role")).isEqualTo("AGENT");

        ApiClient customer = login("/api/v1/portal/auth/login", "erika.mustermann@example.de");
        var me = customer.get("/api/v1/portal/me");
        assertThat(me.json().at("/balance/available").asLong()).isGreaterThan(100);
        var history = customer.get("/api/v1/portal/ledger?limit=500");
        assertThat(history.json().at("/items").size()).isGreaterThan(50);
        assertThat(customer.get("/api/v1/portal/rewards").json().at("/items").size()).isEqualTo(4);
        assertThat(customer.get("/api/v1/portal/vouchers").json().at("/items/0/status").asString())
                .isEqualTo("ISSUED");
        assertThat(owner.get("/api/v1/shops/" + shopId + "/programme").json().at("/returnWindowDays").asInt())
                .isEqualTo(14);
        assertThat(owner.get("/api/v1/shops/" + shopId + "/ledger-check").json().at("/consistent").asBoolean())
                .isTrue();
        assertThat(owner.get("/api/v1/shops/" + shopId + "/tiers").json().at("/items").size()).isEqualTo(2);
        assertThat(customer.get("/api/v1/portal/tier").json().at("/status/tier/name").asString())
                .as("a weekly regular for two years").isIn("Silber", "Gold");
        assertThat(owner.get("/api/v1/shops/" + shopId + "/promotions").json().at("/items")
                .findValuesAsString("name")).containsExactlyInAnyOrder("Doppelte Punkte am Wochenende",
                "Kaffee-Wochen: dreifache Punkte auf Kaffee", "Tortenbonus ab 30 €");
        assertThat(owner.get("/api/v1/shops/" + shopId + "/categories").json().at("/items").toString())
                .isEqualTo("[\"Kaffee\",\"Torten\"]");
        assertThat(history.json().at("/items").findValuesAsString("label"))
                .as("recent coffee purchases earned the coffee promotion")
                .contains("Kaffee-Wochen: dreifache Punkte auf Kaffee");

        var cases = agent.get("/api/v1/shops/" + shopId + "/cases?view=ALL").json().at("/items");
        assertThat(cases.findValuesAsString("step")).as("a month of the service desk, every step")
                .contains("GREET", "UNDERSTAND", "AGREE", "DELIVER", "CLOSE", "CLOSED");
        assertThat(cases.findValuesAsString("channel")).contains("PHONE", "EMAIL", "LETTER", "FAX", "SMS",
                "WEB_FORM", "SOCIAL", "CHAT", "IN_STORE");
        assertThat(cases.findValues("handoffs").stream().mapToInt(n -> n.asInt()).sum()).isGreaterThan(0);
        assertThat(cases.findValues("reopens").stream().mapToInt(n -> n.asInt()).sum()).isEqualTo(1);
        String oldest = cases.get(cases.size() - 1).at("/id").asString();
        var timeline = agent.get("/api/v1/shops/" + shopId + "/cases/" + oldest).json().at("/timeline");
        assertThat(timeline.get(0).at("/at").asString()).as("stamped when it happened, not at seeding")
                .isLessThan(java.time.Instant.now().minus(java.time.Duration.ofDays(20)).toString());
        assertThat(customer.get("/api/v1/portal/requests").json().at("/items").findValuesAsString("status"))
                .contains("RESOLVED", "IN_PROGRESS");
        assertThat(customer.get("/api/v1/portal/goodwill").json().at("/items").findValuesAsString("kind"))
                .as("the demo customer's voucher for the hard rolls").contains("VOUCHER");
        assertThat(owner.get("/api/v1/shops/" + shopId + "/goodwill/approvals").json().at("/items/0/kind")
                .asString()).as("the catering's delivery fee waits for the owner").isEqualTo("FEE_REFUND");
        assertThat(owner.get("/api/v1/shops/" + shopId + "/goodwill/refunds?paid=false").json().at("/items")
                .size()).isEqualTo(1);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        var report = owner.get("/api/v1/shops/" + shopId + "/service-report?from=" + today.minusDays(40) + "&to="
                + today).json();
        assertThat(report.at("/verdicts/HIGHLY_SATISFIED").asLong()).isPositive();
        assertThat(report.at("/verdicts/DISSATISFIED").asLong()).isPositive();
        assertThat(report.at("/handoffs/once").asLong()).isPositive();
        assertThat(owner.get("/api/v1/shops/" + shopId + "/service-standards").json().at("/items").size())
                .isEqualTo(2);
        assertThat(agent.get("/api/v1/shops/" + shopId + "/service-standards/at-risk").json().at("/items").size())
                .as("open complaints older than three quarters of 3 days").isPositive();

        // customer value: the till history came in through the import, with spend, and has lifetime values
        var imports = owner.get("/api/v1/shops/" + shopId + "/imports").json().at("/items");
        assertThat(imports.get(0).at("/status").asString()).isEqualTo("DONE");
        assertThat(imports.get(0).at("/customersCreated").asLong()).isEqualTo(200);
        assertThat(imports.get(0).at("/skipped").asLong()).isZero();
        var dashboard = owner.get("/api/v1/shops/" + shopId + "/analytics/dashboard").json();
        assertThat(dashboard.at("/clv/model").asString()).isIn("BG_NBD", "RETENTION");
        assertThat(dashboard.at("/clv/customers").asLong()).isGreaterThan(200);
        var acquisition = owner.get("/api/v1/shops/" + shopId + "/analytics/acquisition").json();
        assertThat(acquisition.at("/channels").findValuesAsString("channel")).contains("FLYER", "WOCHENMARKT");
        assertThat(acquisition.at("/blendedCac").isNull()).isFalse();
        var till = owner.get("/api/v1/shops/" + shopId + "/customers?q=KARTE-00001").json().at("/items/0");
        assertThat(till.at("/acquiredOn").asString()).as("acquired on the first purchase, years ago")
                .isLessThan(today.minusDays(30).toString());
        historyIsStampedWhenItHappened(java.util.UUID.fromString(shopId));
    }

    /** "Customer since", welcome bonuses, tier changes and released points carry their own time, not the seeding's. */
    private void historyIsStampedWhenItHappened(java.util.UUID shopId) {
        var members = dsl.fetch("SELECT (created_at AT TIME ZONE 'Europe/Berlin')::date AS since, acquired_on "
                + "FROM customer c WHERE shop_id = ? AND EXISTS (SELECT 1 FROM points_ledger_entry e WHERE "
                + "e.shop_id = c.shop_id AND e.customer_id = c.customer_id AND e.entry_type = 'WELCOME_BONUS')", shopId);
        assertThat(members).as("the members (the till history's customers joined by import, today)")
                .hasSizeGreaterThan(20);
        assertThat(members).allSatisfy(r -> assertThat(r.get("since", java.time.LocalDate.class))
                .as("customer since = acquired").isEqualTo(r.get("acquired_on", java.time.LocalDate.class)));
        var recent = java.time.OffsetDateTime.now().minusDays(2);
        assertThat(dsl.fetchCount(dsl.selectFrom("points_ledger_entry").where("shop_id = ? AND entry_type = "
                + "'WELCOME_BONUS' AND occurred_at < ?::timestamptz", shopId, recent))).as("welcome bonuses as of enrolment")
                .isGreaterThan(15);
        assertThat(dsl.fetchCount(dsl.selectFrom("points_ledger_entry").where("shop_id = ? AND entry_type = "
                + "'RELEASE' AND occurred_at < ?::timestamptz", shopId, recent))).as("points released after each return window")
                .isGreaterThan(100);
        assertThat(dsl.fetchCount(dsl.selectFrom("tier_change").where("shop_id = ? AND occurred_at < ?::timestamptz", shopId,
                recent))).as("tier upgrades when the spend reached the threshold").isPositive();
    }

    private ApiClient login(String path, String email) {
        ApiClient client = newClient();
        var response = client.post(path, Map.of("shop", "baeckerei-sonnenschein", "email", email, "password",
                "Brezel-Butter-Kaffee"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return client;
    }
}
