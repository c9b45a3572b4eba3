package de.stammkunde.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps Spring Session's filter: a request that was still running while its session ended (a logout, "end all
 * sessions", off-boarding in another request) has done its work, but Spring Session then fails to save the session
 * it no longer finds ("Session was invalidated") and the request would end as a 500. There is nothing to save: the
 * answer stays as the request made it.
 */
final class EndedSessionTolerance extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(EndedSessionTolerance.class);
    static final String MESSAGE = "Session was invalidated";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException e) {
            if (!MESSAGE.equals(e.getMessage())) {
                throw e;
            }
            log.debug("The session of {} {} ended while the request ran; nothing to save", request.getMethod(),
                    request.getRequestURI());
        }
    }
}
