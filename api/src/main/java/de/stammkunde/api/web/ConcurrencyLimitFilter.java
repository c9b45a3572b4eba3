package de.stammkunde.api.web;

import de.stammkunde.api.problem.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code stammkunde.http.max-concurrent-requests} requests are handled at once. Tomcat runs each request on
 * a virtual thread of its own, so its thread pool no longer caps them, and everything behind it (20 database
 * connections, Redis, memory for bodies) would be shared by however many arrive. A request beyond the cap waits up
 * to {@code concurrency-wait} for a slot and is then answered 503 {@code overloaded} with {@code Retry-After}, which
 * is cheap for the server and clear for the client. Health probes are not counted: a busy instance is not a dead one.
 */
final class ConcurrencyLimitFilter extends OncePerRequestFilter {
    private final Semaphore slots;
    private final long waitNanos;
    private final ProblemResponseWriter problems;

    ConcurrencyLimitFilter(int maxConcurrentRequests, Duration wait, ProblemResponseWriter problems) {
        this.slots = new Semaphore(maxConcurrentRequests, true);
        this.waitNanos = wait.toNanos();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "overloaded");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }
}
