package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiTest;
import org.junit.jupiter.api.Test;

class OperationsEndpointsWork extends ApiTest {
    @Test
    void healthReportsTheDatabaseAndRedis() {
        var health = newClient().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("/status")).isEqualTo("UP");
        assertThat(health.text("/components/db/status")).isEqualTo("UP");
        assertThat(health.text("/components/redis/status")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        var doc = newClient().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().at("/paths").has("/api/v1/shops/{shopId}/customers/{customerId}/purchases")).isTrue();
    }

    @Test
    void otherActuatorEndpointsAreClosedAndMetricsAreScrapeable() {
        assertThat(newClient().get("/actuator/env").status()).isIn(401, 403, 404);
        var prometheus = newClient().send("GET", "/actuator/prometheus", null, java.util.Map.of("Accept", "text/plain"));
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.raw()).contains("jvm_memory_used_bytes");
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
        for (String route : new String[] {"/", "/login", "/admin/customers", "/portal", "/portal/login"}) {
            var page = newClient().get(route);
            assertThat(page.status()).as(route).isEqualTo(200);
            assertThat(page.raw()).as(route).contains("<div id=\"root\">");
        }
    }
}
