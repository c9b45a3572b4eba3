package de.stammkunde.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a Purchase; a random UUID. */
public record PurchaseId(UUID value) {
    public PurchaseId {
        Objects.requireNonNull(value, "value");
    }

    public static PurchaseId newId() {
        return new PurchaseId(UUID.randomUUID());
    }

    public static PurchaseId of(String value) {
        return new PurchaseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
