package de.stammkunde.api.problem;

import de.stammkunde.api.problem.Problems.FieldError;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error leaves the API as application/problem+json with a stable {@code code}, the fields at fault and
 * no internals. Unexpected failures are logged with an id that the response carries.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Problems problems;
    private final SpaIndex spaIndex;

    public ProblemHandler(Problems problems, SpaIndex spaIndex) {
        this.problems = problems;
        this.spaIndex = spaIndex;
    }

    @ExceptionHandler(RejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedException e) {
        Rejection r = e.rejection();
        HttpStatus status = r.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        List<FieldError> errors = new ArrayList<>();
        String message = problems.message("rejection." + r.code(), r.args(), LocaleContextHolder.getLocale(),
                java.text.MessageFormat.format(r.message().replace("'", "''"), r.args().toArray()));
        if (r.field() != null) {
            errors.add(new FieldError(r.field(), message == null ? r.message() : message));
        }
        ProblemDetail problem = problems.create(status, r.code(), r.args(), errors);
        if (problem.getDetail() == null && message != null) {
            problem.setDetail(message);
        }
        r.details().forEach(problem::setProperty);
        return problemResponse(problem, new HttpHeaders());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problemResponse(problems.create(HttpStatus.NOT_FOUND, "not-found"), new HttpHeaders());
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        List<FieldError> errors = new ArrayList<>();
        ProblemDetail problem = problems.create(e.status(), e.code(), e.args(), List.of());
        if (e.field() != null) {
            errors.add(new FieldError(e.field(), problem.getDetail() == null ? e.code() : problem.getDetail()));
            problem = problems.create(e.status(), e.code(), e.args(), errors);
        }
        return problemResponse(problem, e.headers());
    }

    /** A body sent without Content-Length that grew over the limit while it was read (see PayloadTooLarge). */
    @ExceptionHandler(PayloadTooLarge.class)
    ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLarge e) {
        return problemResponse(problems.create(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                List.of(e.limit()), List.of()), new HttpHeaders());
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput e) {
        return problemResponse(problems.invalid(e), new HttpHeaders());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problemResponse(problems.create(HttpStatus.FORBIDDEN, "forbidden"), new HttpHeaders());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        // A malformed id in the path names no resource: 404. A malformed query parameter is the caller's typo: 400.
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return problemResponse(problems.create(HttpStatus.NOT_FOUND, "not-found"), new HttpHeaders());
        }
        return validation(List.of(new FieldError(e.getName(), localized("validation.type-mismatch", e.getName()))));
    }

    /** Method validation outside MVC's own (should not happen for controllers; kept as a safety net). */
    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(jakarta.validation.ConstraintViolationException e) {
        return validation(e.getConstraintViolations().stream().map(v -> {
            String path = v.getPropertyPath().toString();
            return new FieldError(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        }).toList());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {}", errorId, e);
        ProblemDetail problem = problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal");
        problem.setProperty("errorId", errorId);
        return problemResponse(problem, new HttpHeaders());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(validation(fieldErrors(ex.getBindingResult())));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldError(
                    name == null ? "parameter" : name, String.valueOf(error.getDefaultMessage()))));
        });
        return asObject(validation(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return asObject(validation(List.of(new FieldError(ex.getParameterName(),
                localized("validation.required", ex.getParameterName())))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLarge tooLarge = PayloadTooLarge.in(ex);
        if (tooLarge != null) {
            return asObject(payloadTooLarge(tooLarge));
        }
        String field = fieldOf(ex);
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "malformed-body", List.of(),
                field == null ? List.of()
                        : List.of(new FieldError(field, localized("validation.unreadable-value", field))));
        return asObject(problemResponse(problem, new HttpHeaders()));
    }

    /**
     * A browser navigating to a path the app does not know (outside /api) gets the app, whose router shows its own
     * "page not found", instead of a JSON problem; API clients still get the problem.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
            org.springframework.web.servlet.resource.NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet
                && spaIndex.isBrowserNavigation(servlet.getRequest())) {
            return spaIndex.notFoundPage();
        }
        return super.handleNoResourceFoundException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own problem details (405, 415, 404 for unknown paths, ...) get our code and localised title.
        if (body instanceof ProblemDetail detail && detail.getProperties() == null) {
            ProblemDetail ours = problems.create(statusCode, Problems.codeFor(statusCode));
            // Spring passes read-only headers for some exceptions (e.g. an unparsable Accept header): copy them.
            HttpHeaders writable = new HttpHeaders();
            writable.addAll(headers);
            writable.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(ours, writable, statusCode);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** Our own header validation errors (e.g. MissingRequestHeaderException for Idempotency-Key). */
    @Override
    protected @Nullable ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            return asObject(validation(List.of(new FieldError(missing.getHeaderName(),
                    localized("validation.required-header", missing.getHeaderName())))));
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    private ResponseEntity<ProblemDetail> validation(List<FieldError> errors) {
        return problemResponse(problems.create(HttpStatus.BAD_REQUEST, "validation", List.of(), errors),
                new HttpHeaders());
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(e -> errors.add(new FieldError(e.getField(),
                String.valueOf(e.getDefaultMessage()))));
        result.getGlobalErrors().forEach(e -> errors.add(new FieldError(e.getObjectName(),
                String.valueOf(e.getDefaultMessage()))));
        return errors;
    }

    private static @Nullable String fieldOf(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference ref : jackson.getPath()) {
                if (ref.getPropertyName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? null : path.toString();
        }
        return null;
    }

    private String localized(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = problems.message(key, List.of(args), locale, key);
        return message == null ? key : message;
    }

    public static ResponseEntity<ProblemDetail> problemResponse(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders all = new HttpHeaders();
        all.addAll(headers);
        all.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, all, problem.getStatus());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
