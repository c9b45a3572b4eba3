package de.stammkunde.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * {@code stammkunde.cookies.secure}: true (the default) gives Secure {@code __Host-} cookies even when the app itself
 * is reached over plain HTTP (behind a proxy that ends TLS); false, for plain-HTTP development on a host other than
 * localhost, drops Secure and with it the prefix, which browsers would refuse without it.
 */
class PlainHttpDevelopmentCookies {
    @Test
    void bySettingBothCookiesAreSecureAndHostPrefixedAlsoOnAPlainHttpRequest() {
        Cookies cookies = new Cookies(true);

        assertThat(sessionCookie(cookies)).startsWith("__Host-SESSION=").contains("; Secure").contains("; HttpOnly")
                .contains("; Path=/").contains("; SameSite=Lax").doesNotContain("Domain");
        jakarta.servlet.http.Cookie csrf = csrfCookie(cookies);
        assertThat(csrf.getName()).isEqualTo("__Host-XSRF-TOKEN");
        assertThat(csrf.getSecure()).isTrue();
        assertThat(csrf.isHttpOnly()).as("the web app reads it").isFalse();
        assertThat(csrf.getPath()).isEqualTo("/");
        assertThat(csrf.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(csrf.getDomain()).isNull();
    }

    @Test
    void withTheSwitchOffTheyLoseSecureAndThePrefixButKeepTheRest() {
        Cookies cookies = new Cookies(false);

        assertThat(sessionCookie(cookies)).startsWith("SESSION=").doesNotContain("Secure").contains("; HttpOnly")
                .contains("; Path=/").contains("; SameSite=Lax");
        jakarta.servlet.http.Cookie csrf = csrfCookie(cookies);
        assertThat(csrf.getName()).isEqualTo("XSRF-TOKEN");
        assertThat(csrf.getSecure()).isFalse();
        assertThat(csrf.getAttribute("SameSite")).isEqualTo("Lax");
    }

    private static String sessionCookie(Cookies cookies) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        new SessionConfiguration().sessionCookie(cookies).customize(serializer);
        MockHttpServletResponse response = new MockHttpServletResponse();
        serializer.writeCookieValue(new CookieValue(plainHttp(), response, "session-id"));
        return response.getHeader("Set-Cookie");
    }

    private static jakarta.servlet.http.Cookie csrfCookie(Cookies cookies) {
        CsrfTokenRepository repository = new SecurityConfiguration().csrfTokenRepository(cookies);
        MockHttpServletRequest request = plainHttp();
        MockHttpServletResponse response = new MockHttpServletResponse();
        repository.saveToken(repository.generateToken(request), request, response);
        return response.getCookies()[0];
    }

    private static MockHttpServletRequest plainHttp() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/auth/session");
        request.setSecure(false);
        return request;
    }
}
