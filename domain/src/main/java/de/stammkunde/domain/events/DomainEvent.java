package de.stammkunde.domain.events;

import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;

/**
 * A fact: something that happened in a shop. Events are immutable records named in the past tense
 * ({@code PurchaseRecorded}), owned by the feature that makes them happen. Events that go through the outbox are
 * serialised as JSON under their simple class name, so keep their components plain values and never rename a
 * published one.
 */
public interface DomainEvent {
    ShopId shopId();

    Instant occurredAt();
}
