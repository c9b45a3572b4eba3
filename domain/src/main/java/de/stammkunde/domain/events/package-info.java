/**
 * Facts and who reacts to them. A use case records what happened as a {@link de.stammkunde.domain.events.DomainEvent}
 * through the {@link de.stammkunde.domain.events.DomainEvents} port, in its own transaction. Features react without
 * the use case knowing them: inside the transaction when they must (a tier re-evaluated after a purchase), or after
 * the commit when they may (e-mail, later webhooks and analytics) — then the event is written to the outbox in the
 * same transaction and delivered by the outbox job, at least once.
 */
@NullMarked
package de.stammkunde.domain.events;

import org.jspecify.annotations.NullMarked;
