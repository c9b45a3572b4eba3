package de.stammkunde.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The monitoring system (Prometheus) authenticates with {@code Authorization: Bearer <stammkunde.monitoring.token>}
 * and gets the role MONITORING: metrics and the health details. Without a configured token nobody does.
 */
final class MonitoringTokenFilter extends OncePerRequestFilter {
    static final String ROLE = "MONITORING";
    private static final String PREFIX = "Bearer ";

    private final byte[] expectedHash;

    MonitoringTokenFilter(String token) {
        this.expectedHash = token.isBlank() ? new byte[0] : sha256(token.strip());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (expectedHash.length > 0 && authorization != null && authorization.startsWith(PREFIX)
                && MessageDigest.isEqual(sha256(authorization.substring(PREFIX.length()).strip()), expectedHash)) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("monitoring", null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
