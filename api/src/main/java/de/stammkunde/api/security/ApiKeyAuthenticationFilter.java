package de.stammkunde.api.security;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.integration.ApiKey;
import de.stammkunde.domain.integration.ManageApiKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer stk_…} as the shop's till (role TILL) for this request only. An
 * unknown or revoked key stays unauthenticated and is answered 401 by the entry point.
 */
@Component
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    private final ManageApiKeys apiKeys;
    private final Transactions tx;

    ApiKeyAuthenticationFilter(ManageApiKeys apiKeys, Transactions tx) {
        this.apiKeys = apiKeys;
        this.tx = tx;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            String secret = authorization.substring("Bearer ".length()).strip();
            Optional<ApiKey> key = tx.read(() -> Optional.of(apiKeys.authenticate(secret))).orElseThrow();
            key.ifPresent(k -> {
                StammkundeUser till = new StammkundeUser(k.id(), k.shopId().value(), Role.TILL, "", k.name());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(till, null,
                        till.authorities()));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
