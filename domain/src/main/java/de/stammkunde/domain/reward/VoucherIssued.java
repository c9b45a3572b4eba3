package de.stammkunde.domain.reward;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;

/** Fact: a customer got a voucher for {@code pointsSpent} points, valid until {@code validUntil}. */
public record VoucherIssued(ShopId shopId, UUID voucherId, CustomerId customerId, UUID rewardId, long pointsSpent,
                            Instant validUntil, Instant occurredAt) implements DomainEvent {
}
