package de.stammkunde.domain.programme;

import de.stammkunde.domain.customer.CustomerEnrolled;
import de.stammkunde.domain.events.EventBus;
import de.stammkunde.domain.events.EventSubscriber;
import de.stammkunde.domain.shop.ShopRegistered;

/**
 * The programme's reactions, inside the publishing transaction: a new shop gets the default earning rule; a newly
 * enrolled customer gets the welcome bonus, and a referral pays both sides.
 */
public final class ProgrammeSubscriptions implements EventSubscriber {
    private final Programmes programmes;
    private final CreditEnrolmentBonuses bonuses;

    public ProgrammeSubscriptions(Programmes programmes, CreditEnrolmentBonuses bonuses) {
        this.programmes = programmes;
        this.bonuses = bonuses;
    }

    @Override
    public void subscribeTo(EventBus bus) {
        bus.inTransaction(ShopRegistered.class, e -> programmes.saveEarningRule(e.shopId(), EarningRule.DEFAULT,
                e.actor()));
        bus.inTransaction(CustomerEnrolled.class, bonuses::credit);
    }
}
