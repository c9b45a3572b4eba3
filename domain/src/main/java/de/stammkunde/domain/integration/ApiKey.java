package de.stammkunde.domain.integration;

import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A shop's key for an integration such as the till. {@code hint} is the secret's last characters, for display. */
public record ApiKey(ShopId shopId, UUID id, String name, String secretHash, String hint, Instant createdAt,
                     @Nullable Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
