package de.stammkunde.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.testsupport.TestInfrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the README's first command runs: the packaged jar ({@code target/stammkunde.jar}) with the demo profile, in
 * a JVM of its own with nothing but the jar on its class path — so a dependency that only the tests' class path
 * has (a test-scoped library the app needs at run time) fails here, not on a newcomer's machine. Runs after
 * packaging (failsafe, {@code mvn verify}).
 */
class ThePackagedApplicationStartsWithTheDemoShop {
    private static final Duration STARTUP = Duration.ofMinutes(3);

    @Test
    void theJarStartsSeedsTheDemoShopAndTheOwnerLogsIn() throws Exception {
        Path jar = Path.of("target", "stammkunde.jar");
        assertThat(jar).as("packaged before the integration tests run").isRegularFile();
        TestInfrastructure infra = TestInfrastructure.get();
        int port = freePort();
        Path log = Path.of("target", "packaged-app.log");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process app = new ProcessBuilder(List.of(java, "-jar", jar.toString(),
                "--spring.profiles.active=demo",
                "--server.port=" + port,
                "--spring.datasource.url=" + infra.jdbcUrl(),
                "--spring.datasource.username=" + infra.username(),
                "--spring.datasource.password=" + infra.password(),
                "--spring.data.redis.host=" + infra.redisHost(),
                "--spring.data.redis.port=" + infra.redisPort(),
                "--stammkunde.redis-key-prefix=" + infra.redisKeyPrefix()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            String base = "http://localhost:" + port;
            awaitHealthy(app, base, log);

            HttpResponse<String> index = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).as("the web app is in the jar").contains("<div id=\"root\">");

            ApiClient owner = new ApiClient(base);
            var login = owner.post("/api/v1/auth/login", Map.of("shop", DemoData.SLUG, "email", DemoData.OWNER_EMAIL,
                    "password", DemoShop.PASSWORD));
            assertThat(login.status()).as(login.raw()).isEqualTo(200);
            String shopId = login.text("/user/shop/id");
            var customers = owner.get("/api/v1/shops/" + shopId + "/customers");
            assertThat(customers.status()).isEqualTo(200);
            assertThat(customers.json().at("/items").size()).as("the demo customers").isPositive();
            assertThat(owner.get("/v3/api-docs").status()).as("the API document is served").isEqualTo(200);
            HttpResponse<String> swagger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(base + "/swagger-ui.html")).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(swagger.statusCode()).as("Swagger UI with the demo profile").isEqualTo(200);
            assertThat(swagger.body()).containsIgnoringCase("swagger");
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static void awaitHealthy(Process app, String base, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the packaged application exited with " + app.exitValue() + ":\n"
                        + tail(log));
            }
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not healthy within " + STARTUP + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
