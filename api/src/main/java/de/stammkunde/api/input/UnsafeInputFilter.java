package de.stammkunde.api.input;

import de.stammkunde.api.problem.InvalidInput;
import de.stammkunde.api.problem.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door: a request whose query string or headers carry a control character, broken percent-encoding or
 * invalid UTF-8 is answered 400 {@code validation} naming the parameter or header, before security, sessions or
 * any controller see it. (Path variables are checked once they are known, by {@link PathVariableGuard}; JSON
 * bodies by {@link JsonBodyGuard}.) The check does not depend on the resource asked for, so answering it before
 * the tenant check tells nobody anything about another shop.
 */
final class UnsafeInputFilter extends OncePerRequestFilter {
    private final ProblemResponseWriter problems;

    UnsafeInputFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            QueryString.check(request.getQueryString());
            checkHeaders(request);
        } catch (InvalidInput refused) {
            problems.write(response, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void checkHeaders(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                TextRule.Violation violation = TextRule.HEADER.check(value);
                if (violation != null) {
                    throw Violations.refused(name, violation);
                }
            }
        }
    }
}
