package de.stammkunde.domain.contact;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One contact with a customer. {@code receivedAt}: when it began (the call rang, the mail arrived);
 * {@code firstResponseAt}: when the shop first answered (service standards measure the gap); {@code endedAt}: when
 * it was done; {@code handlingTime}: the working time spent on it (≥ 8 minutes is normal, DOMAIN.md §3);
 * {@code agentId}: the staff member who handled it, if staff did.
 */
public record ServiceContact(ShopId shopId, UUID id, CustomerId customerId, Channel channel, Direction direction,
                             Instant receivedAt, @Nullable Instant firstResponseAt, @Nullable Instant endedAt,
                             @Nullable Duration handlingTime, @Nullable UUID agentId, String topic,
                             @Nullable String notes, @Nullable CustomerType customerType, String recordedBy,
                             Instant recordedAt) {
}
