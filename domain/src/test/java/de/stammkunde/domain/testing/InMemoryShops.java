package de.stammkunde.domain.testing;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryShops implements Shops {
    private final Map<ShopId, Shop> shops = new HashMap<>();
    private final Map<ShopId, Long> numbers = new HashMap<>();
    private final Map<ShopId, java.time.Instant> verified = new HashMap<>();

    @Override
    public synchronized boolean add(Shop shop, Actor actor) {
        if (bySlug(shop.slug()).isPresent()) {
            return false;
        }
        shops.put(shop.id(), shop);
        return true;
    }

    @Override
    public synchronized Optional<Shop> byId(ShopId id) {
        return Optional.ofNullable(shops.get(id));
    }

    @Override
    public synchronized Optional<Shop> bySlug(String slug) {
        return shops.values().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    @Override
    public synchronized List<Shop> all() {
        return new ArrayList<>(shops.values());
    }

    @Override
    public synchronized boolean verified(ShopId id) {
        return verified.containsKey(id);
    }

    @Override
    public synchronized boolean markVerified(ShopId id, java.time.Instant at) {
        return shops.containsKey(id) && verified.putIfAbsent(id, at) == null;
    }

    @Override
    public synchronized long nextCustomerNumber(ShopId id) {
        return numbers.merge(id, 10_001L, (a, b) -> a + 1);
    }
}
