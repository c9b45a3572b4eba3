package de.stammkunde.domain.contact;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;

/** Fact: a service contact was recorded (service standards and reports will count it). */
public record ContactRecorded(ShopId shopId, UUID contactId, CustomerId customerId, Channel channel,
                              Instant occurredAt) implements DomainEvent {
}
