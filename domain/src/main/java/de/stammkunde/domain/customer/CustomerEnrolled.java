package de.stammkunde.domain.customer;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Fact: a customer joined the shop's programme, acquired through {@code channel} (an {@link AcquisitionChannel}
 * code; {@code referredBy}: the customer who brought them, if any). No
 * names or addresses: whoever needs them reads the customer, so personal data stays in its own columns.
 */
public record CustomerEnrolled(ShopId shopId, CustomerId customerId, long number, String channel,
                               LocalDate acquiredOn, @Nullable CustomerId referredBy, Actor actor,
                               Instant occurredAt) implements DomainEvent {
}
