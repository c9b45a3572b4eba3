package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Fact: a gesture of goodwill was given (reports sum goodwill per month and per customer). */
public record GestureIssued(ShopId shopId, UUID gestureId, UUID caseId, CustomerId customerId, GestureKind kind,
                            BigDecimal cost, String currency, Instant occurredAt) implements DomainEvent {
}
