package de.stammkunde.domain.testing;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.CustomerRef;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.tier.Tier;
import de.stammkunde.domain.tier.TierChange;
import de.stammkunde.domain.tier.TierState;
import de.stammkunde.domain.tier.Tiers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Tiers, tier states and history; qualifying spend is computed from the purchases (minus returns), as in SQL. */
public final class InMemoryTiers implements Tiers {
    private final InMemoryPurchases purchases;
    private final Map<UUID, Tier> tiers = new LinkedHashMap<>();
    private final Map<CustomerId, TierState> states = new HashMap<>();
    public final List<TierChange> changes = new ArrayList<>();
    private final Map<ShopId, Integer> graceDays = new HashMap<>();

    public InMemoryTiers(InMemoryPurchases purchases) {
        this.purchases = purchases;
    }

    @Override
    public synchronized boolean save(Tier tier, Actor actor) {
        if (tiers.values().stream().anyMatch(t -> t.shopId().equals(tier.shopId()) && !t.id().equals(tier.id())
                && t.threshold().compareTo(tier.threshold()) == 0)) {
            return false;
        }
        tiers.put(tier.id(), tier);
        return true;
    }

    @Override
    public synchronized Optional<Tier> byId(ShopId shopId, UUID id) {
        return Optional.ofNullable(tiers.get(id)).filter(t -> t.shopId().equals(shopId));
    }

    @Override
    public synchronized List<Tier> all(ShopId shopId) {
        return tiers.values().stream().filter(t -> t.shopId().equals(shopId))
                .sorted(Comparator.comparing(Tier::threshold)).toList();
    }

    @Override
    public synchronized TierState stateOf(ShopId shopId, CustomerId customerId) {
        return states.getOrDefault(customerId, TierState.BASE);
    }

    @Override
    public synchronized TierState lockState(ShopId shopId, CustomerId customerId) {
        return stateOf(shopId, customerId);
    }

    @Override
    public synchronized void setState(ShopId shopId, CustomerId customerId, TierState state) {
        states.put(customerId, state);
    }

    @Override
    public synchronized void addChange(TierChange change, Actor actor) {
        changes.add(change);
    }

    @Override
    public synchronized List<TierChange> history(ShopId shopId, CustomerId customerId, int limit) {
        return changes.reversed().stream().filter(c -> c.customerId().equals(customerId)).limit(limit).toList();
    }

    @Override
    public synchronized BigDecimal qualifyingSpend(ShopId shopId, CustomerId customerId, Instant since) {
        return purchases.all().stream().filter(p -> p.shopId().equals(shopId) && p.customerId().equals(customerId)
                        && !p.occurredAt().isBefore(since))
                .map(p -> p.amount().amount().subtract(p.amountReturned()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }

    @Override
    public synchronized List<CustomerRef> customersAfter(@Nullable CustomerRef after, int limit) {
        return purchases.all().stream().map(p -> new CustomerRef(p.shopId(), p.customerId())).distinct()
                .sorted(Comparator.comparing((CustomerRef r) -> r.shopId().value())
                        .thenComparing(r -> r.customerId().value()))
                .filter(r -> after == null || r.shopId().value().compareTo(after.shopId().value()) > 0
                        || r.shopId().equals(after.shopId())
                        && r.customerId().value().compareTo(after.customerId().value()) > 0)
                .limit(limit).toList();
    }

    @Override
    public synchronized int graceDays(ShopId shopId) {
        return graceDays.getOrDefault(shopId, 30);
    }

    @Override
    public synchronized void saveGraceDays(ShopId shopId, int days, Actor actor) {
        graceDays.put(shopId, days);
    }

}
