package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cookies exactly as the server sets them (production settings, read from the raw Set-Cookie headers, no cookie
 * jar in between): {@code __Host-} names, {@code Secure}, {@code Path=/}, no {@code Domain},
 * {@code SameSite=Lax}; the session {@code HttpOnly}, the CSRF token readable by the web app.
 */
class CookiesAreHostOnlySecureAndHttpOnly extends ApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCsrfAndSessionCookiesCarryTheProductionAttributesFromFirstVisitToLogout() throws Exception {
        var shop = fixtures().newShop();

        Map<String, Cookie> first = cookies(send(HttpRequest.newBuilder(uri("/api/v1/auth/session")).GET(), ""));
        Cookie csrf = first.get(CSRF_COOKIE);
        assertThat(csrf).as("the CSRF cookie of a first visit: %s", first).isNotNull();
        assertHostOnlySecureLax(csrf);
        assertThat(csrf.has("HttpOnly")).as("the web app reads the CSRF token").isFalse();

        String login = "{\"shop\":\"" + shop.slug() + "\",\"email\":\"" + shop.ownerEmail() + "\",\"password\":\""
                + Fixtures.PASSWORD + "\"}";
        Map<String, Cookie> afterLogin = cookies(send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf.value())
                .POST(HttpRequest.BodyPublishers.ofString(login)), CSRF_COOKIE + "=" + csrf.value()));
        Cookie session = afterLogin.get(SESSION_COOKIE);
        assertThat(session).as("the session cookie: %s", afterLogin).isNotNull();
        assertHostOnlySecureLax(session);
        assertThat(session.has("HttpOnly")).as("no script reads the session").isTrue();
        assertThat(session.value()).isNotEmpty();
        Cookie spent = afterLogin.get(CSRF_COOKIE);
        assertThat(spent).as("the token of the anonymous visit ends at login").isNotNull();
        assertThat(spent.value()).isEmpty();
        assertHostOnlySecureLax(spent);

        Map<String, Cookie> next = cookies(send(HttpRequest.newBuilder(uri("/api/v1/auth/session")).GET(),
                SESSION_COOKIE + "=" + session.value()));
        Cookie rotated = next.get(CSRF_COOKIE);
        assertThat(rotated).as("a new CSRF token for the session: %s", next).isNotNull();
        assertHostOnlySecureLax(rotated);

        Map<String, Cookie> afterLogout = cookies(send(HttpRequest.newBuilder(uri("/api/v1/auth/logout"))
                .header("X-XSRF-TOKEN", rotated.value()).POST(HttpRequest.BodyPublishers.noBody()),
                SESSION_COOKIE + "=" + session.value() + "; " + CSRF_COOKIE + "=" + rotated.value()));
        Cookie cleared = afterLogout.get(SESSION_COOKIE);
        assertThat(cleared).as("logout clears the session cookie under its own name: %s", afterLogout).isNotNull();
        assertThat(cleared.value()).isEmpty();
        assertThat(cleared.attributes()).containsEntry("max-age", "0");
        assertHostOnlySecureLax(cleared);
        assertThat(afterLogout.keySet()).as("no cookie by any other name").containsOnly(SESSION_COOKIE,
                CSRF_COOKIE);
    }

    private static void assertHostOnlySecureLax(Cookie cookie) {
        assertThat(cookie.name()).startsWith("__Host-");
        assertThat(cookie.has("Secure")).as("%s is Secure", cookie).isTrue();
        assertThat(cookie.attributes()).as("%s", cookie).containsEntry("path", "/").containsEntry("samesite", "Lax")
                .doesNotContainKey("domain");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookieHeader) throws Exception {
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        HttpResponse<String> response = http.send(request.header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response;
    }

    private URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    record Cookie(String name, String value, Map<String, String> attributes) {
        boolean has(String flag) {
            return attributes.containsKey(flag.toLowerCase(Locale.ROOT));
        }
    }

    /** Set-Cookie headers by cookie name, attributes by lower-case name (flags map to ""). */
    private static Map<String, Cookie> cookies(HttpResponse<?> response) {
        Map<String, Cookie> cookies = new LinkedHashMap<>();
        for (String header : response.headers().allValues("set-cookie")) {
            List<String> parts = Arrays.stream(header.split(";")).map(String::strip).toList();
            String[] nameValue = parts.getFirst().split("=", 2);
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                String[] kv = part.split("=", 2);
                attributes.put(kv[0].toLowerCase(Locale.ROOT), kv.length > 1 ? kv[1] : "");
            }
            cookies.put(nameValue[0], new Cookie(nameValue[0], nameValue[1], attributes));
        }
        return cookies;
    }
}
