package de.stammkunde.domain.events;

/**
 * A feature's reactions to other features' facts, declared in one place per feature
 * ({@code TierSubscriptions}, …) and registered once at start.
 */
@FunctionalInterface
public interface EventSubscriber {
    void subscribeTo(EventBus bus);
}
