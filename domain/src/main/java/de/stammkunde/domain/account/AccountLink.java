package de.stammkunde.domain.account;

import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A mailed one-time link for an account; only the hash of its token is kept. */
public record AccountLink(ShopId shopId, UUID id, Purpose purpose, AccountKind kind, UUID accountId,
                          String tokenHash, Instant expiresAt, @Nullable Instant usedAt) {
    public enum Purpose { PASSWORD_RESET, EMAIL_VERIFICATION }

    public boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
