package de.stammkunde.domain.complaint;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;

/** Fact: a closed case was reopened. */
public record CaseReopened(ShopId shopId, UUID caseId, CustomerId customerId, Instant occurredAt)
        implements DomainEvent {
}
