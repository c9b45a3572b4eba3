package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors decided before or beside our controllers — by Tomcat (a malformed or oversized request), Spring
 * Security's firewall, Spring MVC itself, Actuator, springdoc, or a direct call of /error — are problem+json with
 * a {@code code} like every other error: never Tomcat's HTML page, never an empty body, never a 500.
 */
class EveryErrorIsAProblemEvenBeforeTheApplication extends ApiTest {
    @Test
    void errorCalledDirectlyIsJustAnUnknownPath() {
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            var response = newClient().send(method, "/error", method.equals("GET") ? null : "{}", Map.of());
            assertProblem(response, 404, "not-found");
        }
        assertThat(newClient().get("/v3/api-docs").json().path("paths").has("/error"))
                .as("/error is the container's, not part of the API").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/%00", "/api/v1/shops/%zz", "/api/v1/auth/invitations/%ff",
            "/api/v1/auth/invitations/%ED%A0%80", "/api/v1/shops/a%2Fb", "/api/v1/../../etc/passwd",
            "/api/v1/auth/invitations/a%0Ab", "/api/v1/auth/session;jsessionid=%00"})
    void pathsThatTomcatOrTheFirewallRefuseAreProblems(String target) {
        assertProblem(RawHttp.get(port, target), 400, "bad-request");
    }

    @Test
    void anOversizedRequestLineOrHeaderIsAProblem() {
        var longUri = RawHttp.get(port, "/api/v1/auth/invitations/" + "x".repeat(20_000));
        var longHeader = RawHttp.send(port, "GET /api/v1/auth/session HTTP/1.1",
                Map.of("X-Padding", "x".repeat(20_000)), new byte[0]);

        assertThat(longUri.status()).isBetween(400, 499);
        assertProblem(longUri, longUri.status(), null);
        assertThat(longHeader.status()).isBetween(400, 499);
        assertProblem(longHeader, longHeader.status(), null);
    }

    @Test
    void aMalformedRequestLineIsAProblem() {
        var response = RawHttp.send(port, "GET /a b c HTTP/1.1", Map.of(), new byte[0]);

        assertProblem(response, 400, "bad-request");
    }

    @Test
    void tomcatsProblemsSpeakGermanToo() {
        var response = RawHttp.send(port, "GET /api/v1/%00 HTTP/1.1", Map.of("Accept-Language", "de"),
                new byte[0]);

        assertProblem(response, 400, "bad-request");
        assertThat(response.json().path("title").asString()).isEqualTo("Ungültige Anfrage");
    }

    @Test
    void anUnreadableAcceptLanguageStillGetsAProblem() {
        var response = RawHttp.send(port, "GET /api/v1/%00 HTTP/1.1", Map.of("Accept-Language", "\u0001;q=x"),
                new byte[0]);

        assertProblem(response, 400, "bad-request");
    }

    @Test
    void anUnparsableAcceptHeaderIsNotAcceptableNotAnInternalError() {
        var shop = fixtures().newShop();

        var response = shop.owner().send("GET", shop.path("/customers"), null, Map.of("Accept", "application/;;;"));

        assertProblem(response, 406, "not-acceptable");
    }

    @Test
    void aFormBodyIsAnUnsupportedMediaTypeEvenWhenItCannotBeDecoded() {
        var shop = fixtures().newShop();

        var response = shop.owner().send("PUT", shop.path("/programme"), "a=%zz&b=%00",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void aFormBodyThatCannotBeDecodedWhereSecurityLooksForTheCsrfTokenIsABadRequest() {
        // Without the X-XSRF-TOKEN header Spring Security looks for a _csrf form parameter, and Tomcat fails to
        // decode the form: that exception escapes the filters and reaches /error.
        var response = newClient().withoutCsrf().send("POST", "/api/v1/auth/login", "a=%zz&b=%ff",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertProblem(response, 400, "bad-request");
    }

    @Test
    void methodsNobodyDeclaredAreProblems() {
        var shop = fixtures().newShop();

        assertProblem(shop.owner().send("TRACE", shop.path("/customers"), null, Map.of()), 405,
                "method-not-allowed");
        assertProblem(shop.owner().send("PATCH", shop.path("/customers"), "{}", Map.of()), 405,
                "method-not-allowed");
        // Spring Security's firewall lets only the standard methods in.
        assertProblem(shop.owner().send("PROPFIND", shop.path("/customers"), null, Map.of()), 400, "bad-request");
        assertThat(shop.owner().send("OPTIONS", shop.path("/customers"), null, Map.of()).status()).isEqualTo(200);
        assertThat(shop.owner().send("HEAD", shop.path("/customers"), null, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void anErrorOfAnImageEndpointIsStillAProblem() {
        var shop = fixtures().newShop();
        var customer = fixtures().customerSession(fixtures().newCustomer(shop));

        var response = customer.send("GET", "/api/v1/portal/vouchers/" + java.util.UUID.randomUUID() + "/qr", null,
                Map.of("Accept", "image/png"));

        assertProblem(response, 404, "not-found");
    }

    @Test
    void actuatorErrorsAreProblems() {
        assertProblem(newClient().get("/actuator/health/nothing-like-this"), 404, "not-found");
        assertProblem(newClient().get("/actuator/nothing"), 401, "unauthenticated");
        assertProblem(newClient().get("/actuator/health?x=%00"), 400, "validation");
        var health = newClient().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        var metrics = newClient().send("GET", "/actuator/prometheus", null,
                Map.of("Authorization", "Bearer " + MONITORING_TOKEN, "Accept", "text/plain"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theApiDocumentWithOddParametersIsNeverAnInternalError() {
        assertProblem(newClient().get("/v3/api-docs?group=%01"), 400, "validation");
        assertProblem(newClient().get("/v3/api-docs/nothing-like-this"), 404, "not-found");
        assertThat(newClient().get("/v3/api-docs?group=x&page=-1&%C3%A4=%F0%9F%98%80").status()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonAtAllIsAProblem() {
        var response = newClient().send("POST", "/api/v1/auth/login",
                "\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1), Map.of());

        assertProblem(response, 400, "malformed-body");
    }

    private static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().path("code").asString()).isNotBlank();
        if (code != null) {
            assertThat(response.json().path("code").asString()).isEqualTo(code);
        }
        assertThat(response.raw()).doesNotContain("Tomcat", "<html", "Exception", "trace");
    }
}
