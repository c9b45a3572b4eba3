package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every answer — the web app's pages, the API, the till's API, errors — says: send no Referer (links carry tokens in
 * their paths), load nothing from elsewhere, no base URL or plugins; and over HTTPS: only ever HTTPS (HSTS).
 */
class ResponsesCarryTheSecurityHeaders extends ApiTest {
    @Test
    void pagesAndApiAnswersSendNoRefererAndAStrictContentSecurityPolicy() {
        ApiClient browser = newClient();
        var page = browser.send("GET", "/portal/activate/some-secret-token", null, Map.of("Accept", "text/html"));
        var api = browser.get("/api/v1/auth/session");
        var unauthenticated = browser.get("/api/v1/shops/3f8e2b1c-6a4d-4e2f-9b7a-1c2d3e4f5a6b");
        var till = browser.send("GET", "/api/v1/shops/3f8e2b1c-6a4d-4e2f-9b7a-1c2d3e4f5a6b/vouchers/X",
                null, Map.of("Authorization", "Bearer stk_not-a-key"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("<div id=\"root\"");

        for (var response : new ApiClient.Response[] {page, api, unauthenticated, till}) {
            assertThat(response.header("Referrer-Policy")).as("%s", response).contains("no-referrer");
        }
        for (var response : new ApiClient.Response[] {page, api}) {
            assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'").contains("base-uri 'none'").contains("object-src 'none'")
                    .contains("frame-ancestors 'none'").contains("form-action 'self'"));
            assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.header("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
        }
    }

    @Test
    void answersWrittenBeforeSpringSecurityAndMachineAnswersCarryThemToo() {
        ApiClient browser = newClient();
        var tooLarge = browser.post("/api/v1/auth/login", "{\"shop\":\"" + "x".repeat(70_000) + "\"}");
        var controlCharacter = browser.get("/api/v1/auth/session?q=a%01b");
        var till = browser.send("GET", "/api/v1/shops/3f8e2b1c-6a4d-4e2f-9b7a-1c2d3e4f5a6b/vouchers/X",
                null, Map.of("Authorization", "Bearer stk_not-a-key"));
        var actuator = browser.get("/actuator/prometheus");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(controlCharacter.status()).isEqualTo(400);
        assertThat(till.status()).isEqualTo(401);
        assertThat(actuator.status()).isEqualTo(401);

        for (var response : new ApiClient.Response[] {tooLarge, controlCharacter, till, actuator}) {
            assertThat(response.header("Content-Security-Policy")).as("%s", response).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'"));
            assertThat(response.header("X-Content-Type-Options")).as("%s", response).contains("nosniff");
            assertThat(response.header("Referrer-Policy")).as("%s", response).contains("no-referrer");
        }
    }

    @Test
    void overHttpsBehindOurProxyBrowsersAreToldToUseHttpsOnlyForAYear() {
        // The test client connects from loopback, a trusted proxy: its X-Forwarded-Proto counts.
        var response = newClient().send("GET", "/api/v1/auth/session", null, Map.of("X-Forwarded-Proto", "https"));

        assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000 ; includeSubDomains");
        assertThat(response.header("Referrer-Policy")).contains("no-referrer");
    }
}
