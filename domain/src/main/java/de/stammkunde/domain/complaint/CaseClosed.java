package de.stammkunde.domain.complaint;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;

/** Fact: a complaint case was closed (the follow-up survey reacts to it); {@code reopens}: how often before. */
public record CaseClosed(ShopId shopId, UUID caseId, CustomerId customerId, int reopens, Instant occurredAt)
        implements DomainEvent {
}
