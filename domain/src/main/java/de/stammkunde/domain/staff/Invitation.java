package de.stammkunde.domain.staff;

import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An owner's invitation for a new staff member; the link carries a token whose hash is stored here. */
public record Invitation(ShopId shopId, UUID id, String email, StaffRole role, String tokenHash, Instant expiresAt,
                         @Nullable Instant acceptedAt) {
    public boolean isOpenAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }
}
