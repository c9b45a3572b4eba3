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
 * A browser-like HTTP client for tests: keeps cookies (the session), echoes the CSRF cookie in the
 * X-XSRF-TOKEN header on writes as the web frontend does, and parses JSON answers. Each client is one device with
 * an address of its own (198.18.0.0/15, sent as X-Forwarded-For through the trusted loopback proxy), so limits per
 * client address count each test's users apart; a test sets the header itself to be someone in particular.
 */
public final class ApiClient {
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final String address = "198.18." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
    private String language = "en";
    private boolean sendCsrf = true;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new LocalhostIsSecure(cookies))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Browsers treat {@code http://localhost} as a secure context and send {@code Secure} cookies there (our session
     * and CSRF cookies are {@code Secure}, {@code __Host-}); Java's CookieManager sends them only over https. This
     * jar lets the client behave as a browser does on localhost, so the tests run with the production cookies.
     */
    private static final class LocalhostIsSecure extends java.net.CookieHandler {
        private final CookieManager cookies;

        LocalhostIsSecure(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers)
                throws IOException {
            return cookies.get(asBrowserSeesIt(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            cookies.put(asBrowserSeesIt(uri), headers);
        }

        private static URI asBrowserSeesIt(URI uri) {
            boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            if (!local || !"http".equals(uri.getScheme())) {
                return uri;
            }
            try {
                return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(),
                        uri.getQuery(), null);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
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
            if (headers.keySet().stream().noneMatch("X-Forwarded-For"::equalsIgnoreCase)) {
                request.header("X-Forwarded-For", address);
            }
            headers.forEach(request::header);
            return exchange(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response exchange(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> responseHeaders.put(k.toLowerCase(java.util.Locale.ROOT),
                    String.join(",", v)));
            return new Response(response.statusCode(), responseHeaders, response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * POSTs JSON bytes without a Content-Length (Transfer-Encoding: chunked), as a streaming client would; with the
     * session, CSRF token and language as {@link #send}.
     */
    public Response postChunked(String path, byte[] body) {
        try {
            if (sendCsrf && csrfToken().isEmpty()) {
                get("/api/v1/auth/session");
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .version(HttpClient.Version.HTTP_1_1)
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", language)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
            if (sendCsrf) {
                csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            }
            return exchange(request);
        } catch (IOException e) {
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

    /** Puts a cookie into this client's jar, as if a server (or someone with access to the browser) had set it. */
    public ApiClient setCookie(String name, String value) {
        try {
            cookies.put(URI.create(baseUrl.replaceFirst("^http:", "https:") + "/"), Map.of("Set-Cookie",
                    java.util.List.of(name + "=" + value + "; Path=/; Secure; HttpOnly")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private Optional<String> csrfToken() {
        return cookie(ApiTest.CSRF_COOKIE);
    }
}
