package de.stammkunde.domain.shop;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;

/** Fact: a shop signed up (its owner's account exists). */
public record ShopRegistered(ShopId shopId, String slug, Actor actor, Instant occurredAt) implements DomainEvent {
}
