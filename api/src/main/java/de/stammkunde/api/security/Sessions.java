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
    private final SecurityLog securityLog;

    public Sessions(SecurityContextRepository contexts, CsrfTokenRepository csrfTokens,
                    SessionTermination termination, SecurityLog securityLog) {
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
        this.termination = termination;
        this.securityLog = securityLog;
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

    /**
     * A login's first step passed for someone with a second factor: whoever was signed in in this browser is not
     * any more, and the waiting step gets a fresh session (nothing of an earlier one carries over).
     */
    public void endQuietly(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    public void end(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StammkundeUser user
                && request.getSession(false) != null) {
            termination.forget(user.sessionKey(), request.getSession(false).getId());
            securityLog.record("logout", user.shop(), user.actor(), user.role() == Role.CUSTOMER ? "customer"
                    : "staff", user.id().toString(), java.util.Map.of());
        }
        new CsrfLogoutHandler(csrfTokens).logout(request, response, authentication);
        // Invalidating the session also makes Spring Session clear the session cookie (by its configured name).
        new SecurityContextLogoutHandler().logout(request, response, authentication);
    }
}
