package de.stammkunde.api.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Actuator answers some errors with an empty body (an unknown health group or component is a bare 404); those get
 * our problem body like every other error. Only for /actuator/*: the response is buffered to see whether it is
 * empty.
 */
final class ActuatorErrorsAsProblems extends OncePerRequestFilter {
    private final ProblemResponseWriter writer;
    private final Problems problems;

    ActuatorErrorsAsProblems(ProblemResponseWriter writer, Problems problems) {
        this.writer = writer;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            if (buffered.getStatus() >= 400 && buffered.getContentSize() == 0 && !"HEAD".equals(request.getMethod())
                    && !buffered.isCommitted()) {
                HttpStatusCode status = HttpStatusCode.valueOf(buffered.getStatus());
                writer.write(buffered, problems.create(status, Problems.codeFor(status)));
            }
        } finally {
            buffered.copyBodyToResponse();
        }
    }
}
