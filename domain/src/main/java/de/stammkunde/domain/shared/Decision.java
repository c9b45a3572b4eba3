package de.stammkunde.domain.shared;

/** The answer of a policy: allowed, or rejected with a reason. Policies return it instead of throwing. */
public sealed interface Decision {
    Decision ALLOWED = new Allowed();

    record Allowed() implements Decision {
    }

    record Rejected(Rejection rejection) implements Decision {
    }

    static Decision reject(String code, String field, String message, Object... args) {
        return new Rejected(Rejection.of(code, field, message, args));
    }

    /** Like {@link #reject}, for a clash with existing state (409 rather than 422). */
    static Decision conflict(String code, String field, String message, Object... args) {
        return new Rejected(Rejection.conflict(code, field, message, args));
    }

    /** Use cases call this to abort (and roll back) when a policy said no. */
    default void orThrow() {
        if (this instanceof Rejected(Rejection rejection)) {
            throw new RejectedException(rejection);
        }
    }
}
