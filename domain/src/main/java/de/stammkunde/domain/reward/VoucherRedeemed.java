package de.stammkunde.domain.reward;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;

/** Fact: a voucher was taken at the till. */
public record VoucherRedeemed(ShopId shopId, UUID voucherId, CustomerId customerId, UUID rewardId,
                              Instant occurredAt) implements DomainEvent {
}
