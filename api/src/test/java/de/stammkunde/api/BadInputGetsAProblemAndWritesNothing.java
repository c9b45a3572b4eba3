package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static de.stammkunde.persistence.jooq.Tables.POINTS_LEDGER_ENTRY;
import static de.stammkunde.persistence.jooq.Tables.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every kind of bad input: a 4xx problem naming the field, and not a single row written. */
class BadInputGetsAProblemAndWritesNothing extends ApiTest {
    @Autowired
    DSLContext dsl;

    private Fixtures.ShopContext shop;
    private String customerId;

    @BeforeEach
    void shopWithCustomer() {
        shop = fixtures().newShop();
        customerId = fixtures().newCustomer(shop).customerId();
    }

    static Stream<Arguments> badPurchases() {
        return Stream.of(
                Arguments.of("missing amount", "{\"currency\":\"EUR\"}", 400, "amount"),
                Arguments.of("amount not a number", "{\"amount\":\"zwölf\",\"currency\":\"EUR\"}", 400, "amount"),
                Arguments.of("amount zero", "{\"amount\":\"0\",\"currency\":\"EUR\"}", 422, "amount"),
                Arguments.of("negative amount", "{\"amount\":\"-5.00\",\"currency\":\"EUR\"}", 422, "amount"),
                Arguments.of("three decimals", "{\"amount\":\"1.005\",\"currency\":\"EUR\"}", 422, "amount"),
                Arguments.of("absurd amount", "{\"amount\":\"5000000\",\"currency\":\"EUR\"}", 422, "amount"),
                Arguments.of("too many digits", "{\"amount\":\"1e20\",\"currency\":\"EUR\"}", 400, "amount"),
                Arguments.of("other currency", "{\"amount\":\"5.00\",\"currency\":\"USD\"}", 422, "currency"),
                Arguments.of("unknown currency", "{\"amount\":\"5.00\",\"currency\":\"XYZ\"}", 422, "currency"),
                Arguments.of("lower-case currency", "{\"amount\":\"5.00\",\"currency\":\"eur\"}", 400, "currency"),
                Arguments.of("missing currency", "{\"amount\":\"5.00\"}", 400, "currency"),
                Arguments.of("future time", "{\"amount\":\"5.00\",\"currency\":\"EUR\","
                        + "\"occurredAt\":\"2999-01-01T00:00:00Z\"}", 422, "occurredAt"),
                Arguments.of("bad time", "{\"amount\":\"5.00\",\"currency\":\"EUR\",\"occurredAt\":\"gestern\"}",
                        400, "occurredAt"),
                Arguments.of("ancient time", "{\"amount\":\"5.00\",\"currency\":\"EUR\","
                        + "\"occurredAt\":\"-5000-01-01T00:00:00Z\"}", 422, "occurredAt"),
                Arguments.of("long reference", "{\"amount\":\"5.00\",\"currency\":\"EUR\",\"reference\":\""
                        + "x".repeat(101) + "\"}", 400, "reference"),
                Arguments.of("amount as object", "{\"amount\":{},\"currency\":\"EUR\"}", 400, "amount"),
                Arguments.of("not JSON", "{amount: 5", 400, null),
                Arguments.of("JSON array", "[1,2]", 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPurchases")
    void aBadPurchase(String name, String body, int status, String field) {
        long before = rows();
        var response = shop.owner().send("POST", shop.path("/customers/" + customerId + "/purchases"), body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertProblem(response, status, field);
        assertThat(rows()).isEqualTo(before);
    }

    static Stream<Arguments> badCustomers() {
        return Stream.of(
                Arguments.of("no first name", customer(Map.of("firstName", "")), 400, "firstName"),
                Arguments.of("bad e-mail", customer(Map.of("email", "not-an-email")), 400, "email"),
                // a well-formed code the shop does not have: 422 (the shop's channels decide), not a format error
                Arguments.of("unknown channel", customer(Map.of("acquisitionChannel", "TELEPATHY")), 422,
                        "acquisitionChannel"),
                Arguments.of("malformed channel", customer(Map.of("acquisitionChannel", "tele pathy")), 400,
                        "acquisitionChannel"),
                Arguments.of("future acquisition", customer(Map.of("acquiredOn", "2999-12-31")), 422, "acquiredOn"),
                Arguments.of("bad date", customer(Map.of("acquiredOn", "31.12.2024")), 400, "acquiredOn"),
                Arguments.of("name too long", customer(Map.of("lastName", "x".repeat(101))), 400, "lastName"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCustomers")
    void aBadCustomer(String name, Map<String, Object> body, int status, String field) {
        long before = rows();
        var response = shop.owner().post(shop.path("/customers"), body);

        assertProblem(response, status, field);
        assertThat(rows()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void aSecondCustomerWithTheSameEmailIsAConflict() {
        var first = shop.owner().post(shop.path("/customers"), customer(Map.of("email", "twin@example.de")));
        assertThat(first.status()).isEqualTo(201);
        long before = rows();

        var second = shop.owner().post(shop.path("/customers"), customer(Map.of("email", "TWIN@example.de")));

        assertProblem(second, 409, "email");
        assertThat(rows()).isEqualTo(before);
    }

    /**
     * "Today" is the shop's today: on Kiritimati (UTC+14) the date is ahead of the server's (UTC) for most of the
     * day, and a customer enrolled today there must not be refused as acquired in the future; tomorrow there is.
     */
    @org.junit.jupiter.api.Test
    void todayIsTheShopsTodayNotTheServers() {
        ApiClient owner = newClient();
        String slug = "kiritimati-" + UUID.randomUUID().toString().substring(0, 8);
        var signup = owner.post("/api/v1/auth/signup", signup(Map.of("shopSlug", slug, "timeZone",
                "Pacific/Kiritimati", "email", "owner@" + slug + ".example")));
        assertThat(signup.status()).as(signup.raw()).isEqualTo(201);
        String customers = "/api/v1/shops/" + signup.text("/user/shop/id") + "/customers";
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));

        var enrolledToday = owner.post(customers, customer(Map.of("acquiredOn", today.toString())));
        assertThat(enrolledToday.status()).as("acquired on %s, today on Kiritimati: %s", today, enrolledToday.raw())
                .isEqualTo(201);
        assertThat(enrolledToday.text("/acquiredOn")).isEqualTo(today.toString());
        long before = rows();
        var tomorrow = owner.post(customers, customer(Map.of("acquiredOn", today.plusDays(1).toString())));
        assertProblem(tomorrow, 422, "acquiredOn");
        assertThat(rows()).isEqualTo(before);
    }

    static Stream<Arguments> badSignups() {
        return Stream.of(
                Arguments.of("short password", signup(Map.of("password", "kurz")), 422, "password"),
                Arguments.of("bad slug", signup(Map.of("shopSlug", "Mein Laden!")), 400, "shopSlug"),
                Arguments.of("unknown currency", signup(Map.of("currency", "ABC")), 422, "currency"),
                Arguments.of("unknown zone", signup(Map.of("timeZone", "Mars/Olympus")), 422, "timeZone"),
                Arguments.of("bad e-mail", signup(Map.of("email", "owner(at)example")), 400, "email"),
                Arguments.of("one umlaut forty times", signup(Map.of("password", "ä".repeat(40))), 422,
                        "password"),
                Arguments.of("password over 128 characters", signup(Map.of("password",
                        "Kirschblüten fallen leise auf den alten Brunnen am Marktplatz. ".repeat(3).substring(0, 129))),
                        422, "password"),
                Arguments.of("password field over any password's size", signup(Map.of("password",
                        "x".repeat(257))), 400, "password"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSignups")
    void aBadSignup(String name, Map<String, Object> body, int status, String field) {
        long shops = dsl.fetchCount(SHOP);
        var response = newClient().post("/api/v1/auth/signup", body);

        assertProblem(response, status, field);
        assertThat(dsl.fetchCount(SHOP)).isEqualTo(shops);
    }

    @org.junit.jupiter.api.Test
    void aTakenShopAddressIsAConflict() {
        long shops = dsl.fetchCount(SHOP);
        var response = newClient().post("/api/v1/auth/signup", signup(Map.of("shopSlug", shop.slug())));

        assertProblem(response, 409, "shopSlug");
        assertThat(dsl.fetchCount(SHOP)).isEqualTo(shops);
    }

    @org.junit.jupiter.api.Test
    void badQueryParametersAndIdsAreProblemsToo() {
        assertProblem(shop.owner().get(shop.path("/customers?size=100000")), 400, "size");
        assertProblem(shop.owner().get(shop.path("/customers?page=abc")), 400, "page");
        assertProblem(shop.owner().get(shop.path("/customers/not-a-uuid")), 404, null);
        assertProblem(shop.owner().get(shop.path("/customers/" + UUID.randomUUID())), 404, null);
        assertProblem(shop.owner().send("POST", shop.path("/customers"), "x", Map.of("Content-Type",
                "text/plain")), 415, null);
        assertProblem(shop.owner().send("DELETE", shop.path("/customers"), null, Map.of()), 405, null);
    }

    private static void assertProblem(ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().at("/code").asString()).isNotBlank();
        assertThat(response.json().at("/title").asString()).isNotBlank();
        assertThat(response.raw()).doesNotContain("Exception", "at de.stammkunde", "org.springframework");
        if (field != null) {
            assertThat(response.json().at("/errors").findValuesAsString("field")).contains(field);
        }
    }

    private long rows() {
        return dsl.fetchCount(PURCHASE) + dsl.fetchCount(POINTS_LEDGER_ENTRY) + dsl.fetchCount(CUSTOMER);
    }

    private static Map<String, Object> customer(Map<String, Object> override) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("firstName", "Max", "lastName", "Muster",
                "acquisitionChannel", "WEBSITE"));
        body.putAll(override);
        return body;
    }

    private static Map<String, Object> signup(Map<String, Object> override) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("shopName", "Laden", "shopSlug",
                "neu-" + UUID.randomUUID().toString().substring(0, 8), "currency", "EUR", "timeZone",
                "Europe/Berlin", "ownerName", "Olga", "email", "olga@example.de", "password",
                Fixtures.PASSWORD));
        body.putAll(override);
        return body;
    }
}
