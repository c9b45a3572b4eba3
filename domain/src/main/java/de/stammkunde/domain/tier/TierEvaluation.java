package de.stammkunde.domain.tier;

import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.CustomerRef;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Re-evaluates a customer's tier (whenever their qualifying spend changes, and nightly), writes the new state and,
 * for every change, an entry of the customer's tier history and a {@link TierChanged} fact. Also answers "where do I
 * stand" for the portal and the console.
 */
public final class TierEvaluation {
    public record Status(@Nullable Tier tier, BigDecimal qualifyingSpend, @Nullable Tier next,
                         @Nullable BigDecimal missingForNext, @Nullable Instant since, @Nullable Instant downgradeAt,
                         @Nullable Tier downgradeTo) {
    }

    private final Tiers tiers;
    private final DomainEvents events;
    private final Clock clock;

    public TierEvaluation(Tiers tiers, DomainEvents events, Clock clock) {
        this.tiers = tiers;
        this.events = events;
        this.clock = clock;
    }

    public void evaluate(ShopId shopId, CustomerId customerId, Actor actor) {
        List<Tier> all = tiers.all(shopId);
        if (all.isEmpty() && tiers.stateOf(shopId, customerId).tierId() == null) {
            return;
        }
        TierState state = tiers.lockState(shopId, customerId);
        Instant now = clock.instant();
        BigDecimal spend = tiers.qualifyingSpend(shopId, customerId, windowStart(now));
        TierPolicy.Outcome outcome = TierPolicy.evaluate(all, state, spend, now, tiers.graceDays(shopId));
        if (!outcome.state().equals(state)) {
            tiers.setState(shopId, customerId, outcome.state());
        }
        outcome.transition().ifPresent(t -> {
            String from = t.from() == null ? null : t.from().name();
            String to = t.to() == null ? null : t.to().name();
            tiers.addChange(new TierChange(shopId, UUID.randomUUID(), customerId, t.kind(), from, to, spend, now),
                    actor);
            events.publish(new TierChanged(shopId, customerId, t.kind(), from, to, spend, now));
        });
    }

    public Status status(ShopId shopId, CustomerId customerId) {
        List<Tier> all = tiers.all(shopId);
        TierState state = tiers.stateOf(shopId, customerId);
        Instant now = clock.instant();
        BigDecimal spend = tiers.qualifyingSpend(shopId, customerId, windowStart(now));
        Tier current = state.tierId() == null ? null
                : all.stream().filter(t -> t.id().equals(state.tierId())).findFirst().orElse(null);
        BigDecimal currentThreshold = current == null ? BigDecimal.ZERO : current.threshold();
        Tier next = all.stream().filter(t -> t.threshold().compareTo(currentThreshold) > 0).findFirst().orElse(null);
        BigDecimal missing = next == null ? null : next.threshold().subtract(spend).max(BigDecimal.ZERO);
        Instant downgradeAt = TierPolicy.downgradeAt(state, tiers.graceDays(shopId));
        return new Status(current, spend, next, missing, state.since(), downgradeAt,
                downgradeAt == null ? null : TierPolicy.tierFor(all, spend));
    }

    /** The tier whose multiplier applies to a purchase now. */
    public @Nullable Tier currentTier(ShopId shopId, CustomerId customerId) {
        TierState state = tiers.stateOf(shopId, customerId);
        return state.tierId() == null ? null : tiers.byId(shopId, state.tierId()).orElse(null);
    }

    /** Customers of all shops after {@code after}, in order: the nightly evaluation's walk. */
    public List<CustomerRef> customersAfter(@Nullable CustomerRef after, int limit) {
        return tiers.customersAfter(after, limit);
    }

    /** Rolling 12 months. */
    static Instant windowStart(Instant now) {
        return now.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
    }
}
