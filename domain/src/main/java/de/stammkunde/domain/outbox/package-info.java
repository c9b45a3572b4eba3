/**
 * The transactional outbox: messages (mail, events for after-commit subscribers) written in the same transaction
 * as the fact they report, delivered later by {@link de.stammkunde.domain.outbox.DeliverOutbox} under a lease —
 * claimed and committed first, handled without any row lock, then marked done — with back-off and a dead state.
 * A message is never lost with a delivery that died half-way (its lease runs out and it is claimed again) and
 * never sent for a transaction that rolled back.
 */
@NullMarked
package de.stammkunde.domain.outbox;

import org.jspecify.annotations.NullMarked;
