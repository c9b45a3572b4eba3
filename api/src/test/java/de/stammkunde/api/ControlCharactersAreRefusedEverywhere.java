package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.API_KEY;
import static de.stammkunde.persistence.jooq.Tables.AUDIT_LOG;
import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.IDEMPOTENCY_RECORD;
import static de.stammkunde.persistence.jooq.Tables.POINTS_LEDGER_ENTRY;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.api.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * NUL (which PostgreSQL refuses), the other control characters and unpaired surrogates are refused wherever text
 * comes in — JSON strings and property names, query parameters, path variables, headers — with 400
 * {@code validation} naming the field, in German or English, and nothing is written.
 */
class ControlCharactersAreRefusedEverywhere extends ApiTest {
    @Autowired
    DSLContext dsl;

    private Fixtures.ShopContext shop;
    private String customerId;

    @BeforeEach
    void shopWithCustomer() {
        shop = fixtures().newShop();
        customerId = fixtures().newCustomer(shop).customerId();
    }

    @Test
    void aNulInAPurchaseLineCategoryIsRefusedNamingTheLineAndTheKeyStaysUnused() {
        long before = rows();
        String key = UUID.randomUUID().toString();
        String path = shop.path("/customers/" + customerId + "/purchases");

        var refused = shop.owner().send("POST", path, "{\"amount\":\"5.00\",\"currency\":\"EUR\",\"lines\":["
                + "{\"category\":\"Kaffee\",\"amount\":\"2.00\"},{\"category\":\"Te\\u0000e\",\"amount\":\"3.00\"}]}",
                Map.of("Idempotency-Key", key));

        assertRefused(refused, "lines[1].category", "Contains a control character (U+0000); remove it.");
        assertThat(rows()).isEqualTo(before);
        var corrected = shop.owner().send("POST", path, "{\"amount\":\"5.00\",\"currency\":\"EUR\",\"lines\":["
                + "{\"category\":\"Kaffee\",\"amount\":\"2.00\"},{\"category\":\"Tee\",\"amount\":\"3.00\"}]}",
                Map.of("Idempotency-Key", key));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(201);
    }

    @Test
    void anUnpairedSurrogateInAnApiKeyNameIsRefused() {
        long before = rows();

        var response = shop.owner().send("POST", shop.path("/api-keys"), "{\"name\":\"Kasse \\ud800\"}", Map.of());

        assertRefused(response, "name", "Contains broken Unicode (an unpaired surrogate).");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aSurrogatePairTheWrongWayRoundIsBrokenToo() {
        var response = shop.owner().send("POST", shop.path("/api-keys"), "{\"name\":\"\\udc00\\ud800\"}", Map.of());

        assertRefused(response, "name", "Contains broken Unicode (an unpaired surrogate).");
    }

    @Test
    void aControlCharacterInAPropertyNameIsRefusedEvenWhenNoFieldTakesIt() {
        long before = rows();

        var nul = shop.owner().send("POST", shop.path("/api-keys"), "{\"name\":\"Kasse\",\"no\\u0000te\":1}",
                Map.of());
        var surrogate = shop.owner().send("POST", shop.path("/api-keys"),
                "{\"name\":\"Kasse\",\"meta\":{\"\\ud800\":1}}", Map.of());

        assertRefused(nul, "no\uFFFDte", "Contains a control character (U+0000); remove it.");
        assertRefused(surrogate, "meta.\uFFFD", "Contains broken Unicode (an unpaired surrogate).");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void everyControlCharacterIsRefusedInAName() {
        long before = rows();
        IntStream controls = IntStream.concat(IntStream.rangeClosed(0x00, 0x1F).filter(c -> c != '\t' && c != '\n'
                && c != '\r'), IntStream.rangeClosed(0x7F, 0x9F));

        controls.forEach(character -> {
            var response = shop.owner().post(shop.path("/customers"), Map.of("firstName",
                    "Er" + Character.toString(character) + "ika", "lastName", "Muster", "acquisitionChannel",
                    "IN_STORE"));
            assertRefused(response, "firstName", String.format("Contains a control character (U+%04X); remove it.",
                    character));
        });
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void tabsAndLineBreaksAreTextInsideJsonStrings() {
        String reason = "Kulanz:\r\n\tLieferung kam zu spät";

        var adjusted = shop.owner().post(shop.path("/customers/" + customerId + "/adjustments"),
                Map.of("points", 5, "reason", reason), Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(adjusted.status()).as(adjusted.raw()).isEqualTo(201);
        assertThat(shop.owner().get(shop.path("/customers/" + customerId + "/ledger")).text("/items/0/reason"))
                .isEqualTo(reason);
    }

    @Test
    void emojiRightToLeftTextAndCombiningMarksAreText() {
        String name = "😀🇩🇪 مرحبا\u202Eabc Zoe\u0308\u0301";

        var created = shop.owner().post(shop.path("/customers"), Map.of("firstName", name, "lastName", "Muster",
                "acquisitionChannel", "IN_STORE"));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(shop.owner().get(shop.path("/customers/" + created.text("/id"))).text("/firstName"))
                .isEqualTo(name);
    }

    @Test
    void aNulInTheSearchIsRefusedNamingTheParameterInGermanOrEnglish() {
        var english = shop.owner().language("en").get(shop.path("/customers?q=M%00ller"));
        var german = shop.owner().language("de").get(shop.path("/customers?q=M%00ller"));

        assertRefused(english, "q", "Contains a control character (U+0000); remove it.");
        assertThat(german.text("/title")).isEqualTo("Ungültige Eingabe");
        assertThat(german.text("/errors/0/message")).isEqualTo("Enthält ein Steuerzeichen (U+0000); bitte entfernen.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"M%09ller", "M%0AX", "M%C2%85ller", "M%7Fller", "a%0D%0ASet-Cookie:%20x=1"})
    void controlCharactersInAQueryParameterAreRefused(String value) {
        assertRefused(shop.owner().get(shop.path("/customers?q=" + value)), "q", null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q=M%zzller", "q=%", "q=M%ffller", "q=%ED%A0%80", "q=%C3"})
    void brokenPercentEncodingAndInvalidUtf8InAQueryParameterAreRefused(String query) {
        // java.net.URI would not even send these; a public endpoint reads no parameter, and still refuses them.
        var response = RawHttp.get(port, "/api/v1/auth/session?" + query);

        assertRefused(response, "q", "Is not valid percent-encoded UTF-8.");
    }

    @Test
    void aControlCharacterInAParameterNameIsRefusedWithoutEchoingTheName() {
        assertRefused(shop.owner().get(shop.path("/customers?q%01=x")), "query", null);
    }

    @Test
    void aControlCharacterInAPathVariableIsRefusedNamingTheVariable() {
        assertRefused(shop.owner().get(shop.path("/vouchers/AB%01CD")), "code",
                "Contains a control character (U+0001); remove it.");
        assertRefused(newClient().get("/api/v1/auth/invitations/t%C2%85t"), "token", null);
    }

    @Test
    void anotherShopsPathsStayNotFoundWhateverTheyHold() {
        var other = fixtures().newShop();

        var response = other.owner().get(shop.path("/vouchers/AB%01CD"));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aTabInAHeaderIsRefusedNamingTheHeaderAndWritesNothing() {
        long before = rows();

        var response = shop.owner().post(shop.path("/customers/" + customerId + "/purchases"),
                Map.of("amount", "5.00", "currency", "EUR"), Map.of("Idempotency-Key", "key\twith-tab"));

        assertRefused(response, "Idempotency-Key", "Contains a control character (U+0009); remove it.");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void otherControlCharactersInHeadersAreRefusedByTomcatAndStillGetAProblem() {
        var response = RawHttp.send(port, "GET /api/v1/auth/session HTTP/1.1", Map.of("X-Note", "a\u0001b"),
                new byte[0]);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().path("code").asString()).isEqualTo("bad-request");
    }

    @Test
    void invalidUtf8BytesInABodyAreAnUnreadableBodyAndWriteNothing() {
        long before = rows();
        byte[] body = "{\"name\":\"Kasse \u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);

        var response = shop.owner().send("POST", shop.path("/api-keys"), body, Map.of());

        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.json().path("code").asString()).isEqualTo("malformed-body");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aNulInABodyDeclaredAsUtf16IsRefusedToo() {
        byte[] body = "{\"name\":\"Kasse\\u0000\"}".getBytes(StandardCharsets.UTF_16BE);

        var response = shop.owner().send("POST", shop.path("/api-keys"), body,
                Map.of("Content-Type", "application/json; charset=UTF-16BE"));

        assertRefused(response, "name", null);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndWritesNothing() {
        long before = rows();
        String body = "{\"amount\":\"5.00\",\"currency\":\"EUR\",\"reference\":\"" + "x".repeat(70_000) + "\"}";

        var response = shop.owner().send("POST", shop.path("/customers/" + customerId + "/purchases"), body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(response.status()).as(response.raw()).isEqualTo(413);
        assertThat(response.json().path("code").asString()).isEqualTo("payload-too-large");
        assertThat(response.json().path("detail").asString()).isEqualTo(
                "A request body may have at most 65,536 bytes.");
        assertThat(rows()).isEqualTo(before);
    }

    private static void assertRefused(ApiClient.Response response, String field, String message) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().path("code").asString()).isEqualTo("validation");
        assertThat(response.json().path("type").asString()).isEqualTo("https://stammkunde.de/problems/validation");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(field);
        if (message != null) {
            assertThat(response.json().path("errors").get(0).path("message").asString()).isEqualTo(message);
        }
    }

    private long rows() {
        return dsl.fetchCount(PURCHASE) + dsl.fetchCount(PURCHASE_LINE) + dsl.fetchCount(POINTS_LEDGER_ENTRY)
                + dsl.fetchCount(CUSTOMER) + dsl.fetchCount(API_KEY) + dsl.fetchCount(IDEMPOTENCY_RECORD)
                + dsl.fetchCount(AUDIT_LOG);
    }
}
