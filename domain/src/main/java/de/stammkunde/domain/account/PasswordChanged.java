package de.stammkunde.domain.account;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;

/**
 * Fact: an account's password changed — by its owner ({@code reset} false) or through a mailed reset link. The
 * other sessions of the account end.
 */
public record PasswordChanged(ShopId shopId, AccountKind kind, UUID accountId, boolean reset, Instant occurredAt)
        implements DomainEvent {
}
