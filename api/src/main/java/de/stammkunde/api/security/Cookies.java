package de.stammkunde.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Our two browser cookies, the session and the CSRF token ({@code stammkunde.cookies.*}). By default both are
 * {@code Secure}, {@code SameSite=Lax}, {@code Path=/} and named with the {@code __Host-} prefix, which browsers
 * accept only in exactly that form and never from a sub- or sibling domain: nobody on {@code evil.example.com} can
 * plant or overwrite them for {@code shop.example.com} (cookie tossing, which would defeat the CSRF token's double
 * submit). The session cookie is {@code HttpOnly}; the CSRF cookie is not, because the web app reads it.
 * <p>
 * Browsers treat {@code http://localhost} as secure and keep these cookies there too. For plain HTTP on any other
 * host (a test machine by IP, a container name) set {@code stammkunde.cookies.secure=false}: the cookies then lose
 * {@code Secure} and, since browsers refuse a {@code __Host-} cookie without it, the prefix
 * ({@code SESSION}, {@code XSRF-TOKEN}). Never in production: the session would travel in clear text.
 *
 * @param secure {@code Secure} and {@code __Host-} (default), or neither for plain-HTTP development
 */
@ConfigurationProperties("stammkunde.cookies")
public record Cookies(@DefaultValue("true") boolean secure) {
    public static final String HOST_PREFIX = "__Host-";
    public static final String SAME_SITE = "Lax";

    public String session() {
        return (secure ? HOST_PREFIX : "") + "SESSION";
    }

    public String csrf() {
        return (secure ? HOST_PREFIX : "") + "XSRF-TOKEN";
    }
}
