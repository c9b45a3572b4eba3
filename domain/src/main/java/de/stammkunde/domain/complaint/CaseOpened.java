package de.stammkunde.domain.complaint;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;

/** Fact: a complaint case was opened (acknowledgement outside business hours and reports react to it). */
public record CaseOpened(ShopId shopId, UUID caseId, CustomerId customerId, CaseCategory category,
                         Severity severity, Instant occurredAt) implements DomainEvent {
}
