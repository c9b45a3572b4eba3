package de.stammkunde.domain.customer;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A one-time link with which a customer sets the password for the customer portal. */
public record PortalActivation(ShopId shopId, UUID id, CustomerId customerId, String tokenHash, Instant expiresAt,
                               @Nullable Instant usedAt) {
    public boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
