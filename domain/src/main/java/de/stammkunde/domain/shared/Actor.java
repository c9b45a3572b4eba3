package de.stammkunde.domain.shared;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who did something: written into audit columns and the audit log. */
public record Actor(Kind kind, @Nullable UUID id) {
    /** {@code ANONYMOUS}: someone not signed in (a failed login, a refused request without a session). */
    public enum Kind { STAFF, CUSTOMER, SYSTEM, SIGNUP, API_KEY, ANONYMOUS }

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, null);
    public static final Actor ANONYMOUS = new Actor(Kind.ANONYMOUS, null);

    public Actor {
        Objects.requireNonNull(kind, "kind");
    }

    public static Actor staff(StaffId id) {
        return new Actor(Kind.STAFF, id.value());
    }

    public static Actor apiKey(UUID keyId) {
        return new Actor(Kind.API_KEY, keyId);
    }

    public static Actor customer(CustomerId id) {
        return new Actor(Kind.CUSTOMER, id.value());
    }

    /** Compact form for audit columns, e.g. {@code staff:7f0c…}. */
    public String describe() {
        return id == null ? kind.name().toLowerCase(java.util.Locale.ROOT)
                : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
