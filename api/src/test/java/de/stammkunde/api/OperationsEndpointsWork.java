package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationsEndpointsWork extends ApiTest {
    @Test
    void healthSaysUpToAnyoneAndShowsDatabaseAndRedisToMonitoringOnly() {
        var health = newClient().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("/status")).isEqualTo("UP");
        assertThat(health.json().has("components")).isFalse();
        var detailed = newClient().send("GET", "/actuator/health", null, monitoring());
        assertThat(detailed.text("/components/db/status")).isEqualTo("UP");
        assertThat(detailed.text("/components/redis/status")).isEqualTo("UP");
        assertThat(newClient().get("/actuator/health/readiness").text("/status")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        var doc = newClient().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().at("/paths").has("/api/v1/shops/{shopId}/customers/{customerId}/purchases")).isTrue();
        // Swagger UI (third-party code on our origin) is off outside the demo profile
        // (ThePackagedApplicationStartsWithTheDemoShop sees it on).
        for (String path : java.util.List.of("/swagger-ui.html", "/swagger-ui/index.html")) {
            var ui = newClient().get(path);
            assertThat(ui.status()).as(path).isEqualTo(404);
            assertThat(ui.raw()).as(path).doesNotContain("swagger-ui-bundle");
        }
    }

    @Test
    void otherActuatorEndpointsAreClosedAndMetricsNeedTheMonitoringToken() {
        assertThat(newClient().get("/actuator/env").status()).isIn(401, 403, 404);
        assertThat(newClient().send("GET", "/actuator/env", null, monitoring()).status()).isEqualTo(403);
        var anonymous = newClient().send("GET", "/actuator/prometheus", null, Map.of("Accept", "text/plain"));
        assertThat(anonymous.status()).isEqualTo(401);
        var wrong = newClient().send("GET", "/actuator/prometheus", null,
                Map.of("Accept", "text/plain", "Authorization", "Bearer not-the-token"));
        assertThat(wrong.status()).isEqualTo(401);
        var tillKey = newClient().send("GET", "/actuator/prometheus", null,
                Map.of("Accept", "text/plain", "Authorization", "Bearer stk_something"));
        assertThat(tillKey.status()).as("an API key is not a monitoring token").isEqualTo(401);
        var prometheus = newClient().send("GET", "/actuator/prometheus", null, monitoring());
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.raw()).contains("jvm_memory_used_bytes");
    }

    private static Map<String, String> monitoring() {
        return Map.of("Accept", "text/plain, application/json", "Authorization", "Bearer " + MONITORING_TOKEN);
    }

    @Test
    void aBrowserOnAnUnknownPageGetsTheAppWhichSaysNotFoundWhileApiClientsGetAProblem() {
        var page = newClient().send("GET", "/gibtsnicht", null, java.util.Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.raw()).contains("<div id=\"root\">");
        var api = newClient().get("/gibtsnicht");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.text("/code")).isEqualTo("not-found");
    }

    @Test
    void theBrowserAppIsServedForItsRoutes() {
        for (String route : new String[] {"/", "/login", "/signup", "/forgot-password", "/reset-password/abc",
                "/verify-email/abc", "/invite/abc", "/survey/abc", "/admin/customers", "/admin/account", "/portal", "/portal/login",
                "/portal/forgot-password", "/portal/reset-password/abc", "/portal/activate/abc"}) {
            var page = newClient().get(route);
            assertThat(page.status()).as(route).isEqualTo(200);
            assertThat(page.raw()).as(route).contains("<div id=\"root\">");
        }
    }
}
