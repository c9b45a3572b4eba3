package de.stammkunde.domain.tier;

import de.stammkunde.domain.events.EventBus;
import de.stammkunde.domain.events.EventSubscriber;

/**
 * The tier's reactions: whatever changes a customer's qualifying spend re-evaluates their tier at once, in the same
 * transaction (an upgrade applies to the next purchase; a fall below starts the grace period).
 */
public final class TierSubscriptions implements EventSubscriber {
    private final TierEvaluation evaluation;

    public TierSubscriptions(TierEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public void subscribeTo(EventBus bus) {
        bus.inTransaction(QualifyingSpendChanged.class, e -> evaluation.evaluate(e.shopId(), e.customerId(),
                e.actor()));
    }
}
