package de.stammkunde.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfLogoutHandler;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Starts and ends cookie sessions (stored in Redis by Spring Session). Logging in changes the session id
 * (no fixation) and issues a new CSRF token; logging out invalidates the session and clears both cookies.
 */
@Component
public class Sessions {
    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrfTokens;
    private final SessionTermination termination;

    public Sessions(SecurityContextRepository contexts, CsrfTokenRepository csrfTokens,
                    SessionTermination termination) {
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
        this.termination = termination;
    }

    public void start(StammkundeUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.authorities());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        new CsrfAuthenticationStrategy(csrfTokens).onAuthentication(authentication, request, response);
        termination.remember(user.sessionKey(), request.getSession().getId());
    }

    public void end(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StammkundeUser user
                && request.getSession(false) != null) {
            termination.forget(user.sessionKey(), request.getSession(false).getId());
        }
        new CsrfLogoutHandler(csrfTokens).logout(request, response, authentication);
        // Invalidating the session also makes Spring Session clear the session cookie (by its configured name).
        new SecurityContextLogoutHandler().logout(request, response, authentication);
    }
}
