package de.stammkunde.domain.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a business rule said no. {@code code} is stable (the API turns it into a problem type and a localised
 * message), {@code field} names the input at fault when there is one, {@code args} fill the message;
 * {@code conflict} marks a clash with existing state rather than invalid input; {@code details} are facts a client
 * can act on (the API adds them to the problem as extension members, e.g. {@code usualUpTo}).
 */
public record Rejection(String code, @Nullable String field, String message, List<Object> args, boolean conflict,
                        Map<String, String> details) {
    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        args = List.copyOf(args);
        details = Map.copyOf(details);
    }

    public Rejection(String code, @Nullable String field, String message, List<Object> args, boolean conflict) {
        this(code, field, message, args, conflict, Map.of());
    }

    /** This rejection with one more detail for the client. */
    public Rejection withDetail(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return new Rejection(code, field, message, args, conflict, more);
    }

    public static Rejection of(String code, @Nullable String field, String message, Object... args) {
        return new Rejection(code, field, message, List.of(args), false);
    }

    /** The request clashes with existing state (taken address, used voucher): the API answers 409. */
    public static Rejection conflict(String code, @Nullable String field, String message, Object... args) {
        return new Rejection(code, field, message, List.of(args), true);
    }
}
