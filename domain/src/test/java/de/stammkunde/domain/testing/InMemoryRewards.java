package de.stammkunde.domain.testing;

import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The rewards catalogue. */
public final class InMemoryRewards implements Rewards {
    private final Map<UUID, Reward> rewards = new LinkedHashMap<>();

    @Override
    public synchronized void save(Reward reward, Actor actor) {
        rewards.put(reward.id(), reward);
    }

    @Override
    public synchronized Optional<Reward> byId(ShopId shopId, UUID id) {
        return Optional.ofNullable(rewards.get(id)).filter(r -> r.shopId().equals(shopId));
    }

    @Override
    public synchronized List<Reward> all(ShopId shopId, boolean activeOnly) {
        return rewards.values().stream().filter(r -> r.shopId().equals(shopId) && (!activeOnly || r.active()))
                .toList();
    }
}
