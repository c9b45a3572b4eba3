package de.stammkunde.domain.ledger;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;

/** Fact: points moved on a customer's account; with the balance after the move. */
public record PointsPosted(ShopId shopId, CustomerId customerId, LedgerEntryId entryId, LedgerEntryType type,
                           long availableDelta, long pendingDelta, long owedDelta, long available, long pending,
                           long owed, Instant occurredAt) implements DomainEvent {
    static PointsPosted of(LedgerEntry entry, Balance after) {
        return new PointsPosted(entry.shopId(), entry.customerId(), entry.id(), entry.type(), entry.availableDelta(),
                entry.pendingDelta(), entry.owedDelta(), after.available(), after.pending(), after.owed(),
                entry.occurredAt());
    }
}
