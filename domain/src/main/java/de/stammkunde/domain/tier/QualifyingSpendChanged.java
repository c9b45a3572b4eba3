package de.stammkunde.domain.tier;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;

/**
 * A fact that changes a customer's qualifying spend (a purchase, a return): the tier is re-evaluated in the same
 * transaction. Facts of other features implement it, so the tier feature need not know them.
 */
public interface QualifyingSpendChanged extends DomainEvent {
    CustomerId customerId();

    Actor actor();
}
