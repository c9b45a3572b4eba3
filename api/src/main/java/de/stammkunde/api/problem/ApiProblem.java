package de.stammkunde.api.problem;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * An error the API layer itself decides (bad credentials, too many attempts, a bad header, a reused idempotency
 * key). {@code code} selects the localised title and detail in messages*.properties.
 */
public class ApiProblem extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final @Nullable String field;
    private final List<Object> args;
    private final HttpHeaders headers;

    public ApiProblem(HttpStatus status, String code, @Nullable String field, Object... args) {
        this(status, code, field, new HttpHeaders(), args);
    }

    public ApiProblem(HttpStatus status, String code, @Nullable String field, HttpHeaders headers, Object... args) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.args = List.of(args);
        this.headers = headers;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public @Nullable String field() {
        return field;
    }

    public List<Object> args() {
        return args;
    }

    public HttpHeaders headers() {
        return headers;
    }
}
