package de.stammkunde.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a LedgerEntry; a random UUID. */
public record LedgerEntryId(UUID value) {
    public LedgerEntryId {
        Objects.requireNonNull(value, "value");
    }

    public static LedgerEntryId newId() {
        return new LedgerEntryId(UUID.randomUUID());
    }

    public static LedgerEntryId of(String value) {
        return new LedgerEntryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
