package de.stammkunde.api.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's BasicErrorController: whatever reaches /error is answered as a problem, never a stack trace.
 * Errors come here from the servlet container: {@code sendError} (Spring Security's firewall, Tomcat's own checks)
 * or an exception thrown by a servlet filter, before Spring MVC's exception handlers could see it. Called
 * directly, /error is just an unknown path: 404.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {
    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final Problems problems;

    public ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            return respond(problems.create(HttpStatus.NOT_FOUND, "not-found"));
        }
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception != null) {
            return respond(fromException(exception));
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        return respond(problems.create(status, Problems.codeFor(status)));
    }

    /** An exception a filter threw: the caller's fault when we can tell, otherwise an internal error with an id. */
    private ProblemDetail fromException(Throwable exception) {
        InvalidInput invalid = find(exception, InvalidInput.class);
        if (invalid != null) {
            return problems.invalid(invalid);
        }
        ApiProblem apiProblem = find(exception, ApiProblem.class);
        if (apiProblem != null) {
            return problems.create(apiProblem.status(), apiProblem.code(), apiProblem.args(), List.of());
        }
        if (find(exception, HttpMessageNotReadableException.class) != null) {
            return problems.create(HttpStatus.BAD_REQUEST, "malformed-body");
        }
        if (find(exception, InvalidParameterException.class) != null) {
            return problems.create(HttpStatus.BAD_REQUEST, "bad-request");
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {}", errorId, exception);
        ProblemDetail problem = problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal");
        problem.setProperty("errorId", errorId);
        return problem;
    }

    private static <T extends Throwable> @Nullable T find(Throwable exception, Class<T> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ProblemHandler.problemResponse(problem, new HttpHeaders());
    }
}
