package de.stammkunde.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose absolute lifetime ({@code stammkunde.session.absolute-lifetime}, 12 h) is over, however
 * active it was: the idle timeout ({@code spring.session.timeout}) alone lets a session that is used every few
 * minutes live for ever. A session is created when its user logs in (anonymous visitors have none), so its age is
 * the time since login; logging in again within a session keeps the session's age, which can only end it sooner.
 * The request then goes on without a session: 401 where a login is needed, and the cookie is cleared.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    private final Duration lifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getRequestedSessionId() == null ? null : request.getSession(false);
        if (session != null) {
            Instant created = Instant.ofEpochMilli(session.getCreationTime());
            if (!created.plus(lifetime).isAfter(clock.instant())) {
                log.debug("Session created at {} is past its lifetime of {}: ended", created, lifetime);
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
