package de.stammkunde.api.security;

import jakarta.servlet.http.HttpServletRequest;

/** The caller's address for rate limiting (behind a proxy, server.forward-headers-strategy makes it the client's). */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
