package de.stammkunde.api.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds our RFC 9457 problem details: a stable {@code type} and {@code code}, a title and detail in the caller's
 * language (Accept-Language: de or en), and the fields in error.
 */
@Component
public class Problems {
    public static final String TYPE_BASE = "https://stammkunde.de/problems/";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public record FieldError(String field, String message) {
    }

    public ProblemDetail create(HttpStatusCode status, String code, List<Object> args, List<FieldError> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(message("problem." + code + ".title", List.of(), locale,
                message("problem.generic." + status.value() + ".title", List.of(), locale, "Error")));
        String detail = message("problem." + code + ".detail", args, locale, null);
        if (detail != null) {
            problem.setDetail(detail);
        }
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message()))
                    .toList());
        }
        return problem;
    }

    public ProblemDetail create(HttpStatusCode status, String code) {
        return create(status, code, List.of(), List.of());
    }

    /** 400 {@code validation} naming the refused field, with its localised message. */
    public ProblemDetail invalid(InvalidInput e) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = message(e.messageKey(), e.args(), locale, e.messageKey());
        return create(HttpStatus.BAD_REQUEST, "validation", List.of(),
                List.of(new FieldError(e.field(), message == null ? e.messageKey() : message)));
    }

    /** Our stable code for a status that Spring or the servlet container decided. */
    public static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            default -> status.is4xxClientError() ? "bad-request" : "internal";
        };
    }

    /** A localised message for {@code key}, or {@code fallback}. */
    public @Nullable String message(String key, List<Object> args, Locale locale, @Nullable String fallback) {
        return messages.getMessage(key, args.toArray(), fallback, locale);
    }
}
