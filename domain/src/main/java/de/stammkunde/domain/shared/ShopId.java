package de.stammkunde.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a Shop; a random UUID. */
public record ShopId(UUID value) {
    public ShopId {
        Objects.requireNonNull(value, "value");
    }

    public static ShopId newId() {
        return new ShopId(UUID.randomUUID());
    }

    public static ShopId of(String value) {
        return new ShopId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
