package de.stammkunde.domain.testing;

import de.stammkunde.domain.programme.Promotion;
import de.stammkunde.domain.programme.Promotions;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryPromotions implements Promotions {
    private final Map<UUID, Promotion> promotions = new LinkedHashMap<>();

    @Override
    public synchronized void save(Promotion promotion, Actor actor) {
        promotions.put(promotion.id(), promotion);
    }

    @Override
    public synchronized Optional<Promotion> byId(ShopId shopId, UUID id) {
        return Optional.ofNullable(promotions.get(id)).filter(p -> p.shopId().equals(shopId));
    }

    @Override
    public synchronized List<Promotion> all(ShopId shopId) {
        return promotions.values().stream().filter(p -> p.shopId().equals(shopId))
                .sorted(Comparator.comparing(Promotion::startsAt).reversed()).toList();
    }

    @Override
    public synchronized List<Promotion> activeAt(ShopId shopId, Instant at) {
        return all(shopId).stream().filter(p -> p.active() && !at.isBefore(p.startsAt()) && at.isBefore(p.endsAt()))
                .toList();
    }

    @Override
    public synchronized List<String> knownCategories(ShopId shopId, int limit) {
        return all(shopId).stream().map(Promotion::category).filter(c -> c != null).distinct().sorted().limit(limit)
                .toList();
    }
}
