package de.stammkunde.api.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A browser-like HTTP client for tests: keeps cookies (the session), echoes the XSRF-TOKEN cookie in the
 * X-XSRF-TOKEN header on writes as the web frontend does, and parses JSON answers.
 */
public final class ApiClient {
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String language = "en";
    private boolean sendCsrf = true;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public record Response(int status, Map<String, String> headers, String raw) {
        public JsonNode json() {
            if (raw.isBlank()) {
                return MissingNode.getInstance();
            }
            return JSON.readTree(raw);
        }

        public String text(String path) {
            return json().at(path).asString();
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    public ApiClient language(String language) {
        this.language = language;
        return this;
    }

    public ApiClient withoutCsrf() {
        this.sendCsrf = false;
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, @Nullable Object body) {
        return send("POST", path, body, Map.of());
    }

    public Response post(String path, @Nullable Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    public Response put(String path, @Nullable Object body) {
        return send("PUT", path, body, Map.of());
    }

    /**
     * Sends any method; a String body is sent as is (for malformed JSON), a byte[] as raw bytes (for invalid
     * UTF-8), anything else as JSON.
     */
    public Response send(String method, String path, @Nullable Object body, Map<String, String> headers) {
        try {
            if (!method.equals("GET") && sendCsrf && csrfToken().isEmpty()) {
                get("/api/v1/auth/session");
            }
            byte[] payload = body == null ? new byte[0] : body instanceof byte[] bytes ? bytes
                    : (body instanceof String s ? s : JSON.writeValueAsString(body))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", language)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(payload));
            if (body != null && !headers.containsKey("Content-Type")) {
                request.header("Content-Type", "application/json");
            }
            if (!headers.containsKey("Accept")) {
                request.header("Accept", "application/json, application/problem+json");
            }
            if (!method.equals("GET") && sendCsrf && !headers.containsKey("X-XSRF-TOKEN")) {
                csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            }
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> responseHeaders.put(k.toLowerCase(java.util.Locale.ROOT),
                    String.join(",", v)));
            return new Response(response.statusCode(), responseHeaders, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET as raw bytes (images). */
    public byte[] bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private Optional<String> csrfToken() {
        return cookie("XSRF-TOKEN");
    }
}
