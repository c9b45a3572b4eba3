package de.stammkunde.domain.shared;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a business rule said no. {@code code} is stable (the API turns it into a problem type and a localised
 * message), {@code field} names the input at fault when there is one, {@code args} fill the message;
 * {@code conflict} marks a clash with existing state rather than invalid input.
 */
public record Rejection(String code, @Nullable String field, String message, List<Object> args, boolean conflict) {
    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        args = List.copyOf(args);
    }

    public static Rejection of(String code, @Nullable String field, String message, Object... args) {
        return new Rejection(code, field, message, List.of(args), false);
    }

    /** The request clashes with existing state (taken address, used voucher): the API answers 409. */
    public static Rejection conflict(String code, @Nullable String field, String message, Object... args) {
        return new Rejection(code, field, message, List.of(args), true);
    }
}
