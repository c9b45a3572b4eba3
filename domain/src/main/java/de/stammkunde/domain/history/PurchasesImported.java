package de.stammkunde.domain.history;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;

/**
 * Fact: an import of purchase history finished ({@code imported}: new purchases; the purchases themselves are not
 * announced one by one — they are history, and a million events would help nobody).
 */
public record PurchasesImported(ShopId shopId, UUID importId, long imported, long customersCreated, long skipped,
                                Actor actor, Instant occurredAt) implements DomainEvent {
}
