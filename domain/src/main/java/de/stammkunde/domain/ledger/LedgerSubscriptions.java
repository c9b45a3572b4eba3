package de.stammkunde.domain.ledger;

import de.stammkunde.domain.customer.CustomerEnrolled;
import de.stammkunde.domain.events.EventBus;
import de.stammkunde.domain.events.EventSubscriber;

/** The ledger's reactions: every enrolled customer gets a points account (zero) at once. */
public final class LedgerSubscriptions implements EventSubscriber {
    private final Ledger ledger;

    public LedgerSubscriptions(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void subscribeTo(EventBus bus) {
        bus.inTransaction(CustomerEnrolled.class, e -> ledger.openAccount(e.shopId(), e.customerId(), e.actor()));
    }
}
