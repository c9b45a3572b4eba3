package de.stammkunde.domain.account;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;

/**
 * Fact: an account's second factor was turned on or off, its recovery codes renewed, or an owner took it away
 * ({@code change}: {@code enabled}, {@code disabled}, {@code recovery-codes-renewed}, {@code reset}). The account's
 * other sessions end: they were opened under the old factor.
 */
public record SecondFactorChanged(ShopId shopId, AccountKind kind, UUID accountId, String change, Instant occurredAt)
        implements DomainEvent {
}
