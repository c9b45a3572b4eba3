package de.stammkunde.api.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem straight to the servlet response, for errors raised before Spring MVC (servlet filters). */
@Component
public class ProblemResponseWriter {
    private final Problems problems;
    private final JsonMapper json;

    public ProblemResponseWriter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    public void write(HttpServletResponse response, HttpStatus status, String code) throws IOException {
        write(response, problems.create(status, code));
    }

    /** With arguments for the localised detail, e.g. the limit a request went over. */
    public void write(HttpServletResponse response, HttpStatus status, String code, Object... args)
            throws IOException {
        write(response, problems.create(status, code, java.util.List.of(args), java.util.List.of()));
    }

    /** 400 {@code validation} naming the refused field. */
    public void write(HttpServletResponse response, InvalidInput invalid) throws IOException {
        write(response, problems.invalid(invalid));
    }

    /**
     * The content security policy of answers that are data, never a page (the till's API, actuator, early
     * refusals): nothing may load, nothing may frame it.
     */
    public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * Writes the problem. Answers written before Spring Security's header writer ran (a body too large, the server
     * too busy, a refused control character) get the security headers here; a header already set stays.
     */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        secureHeader(response, "X-Content-Type-Options", "nosniff");
        secureHeader(response, "Content-Security-Policy", API_CSP);
        secureHeader(response, "Referrer-Policy", "no-referrer");
        secureHeader(response, "X-Frame-Options", "DENY");
        secureHeader(response, "Cache-Control", "no-store");
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static void secureHeader(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
