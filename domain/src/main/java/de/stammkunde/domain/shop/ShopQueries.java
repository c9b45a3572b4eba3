package de.stammkunde.domain.shop;

import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.util.Optional;

/** Read use cases: a shop by its id or its address. */
public final class ShopQueries {
    private final Shops shops;

    public ShopQueries(Shops shops) {
        this.shops = shops;
    }

    public Shop shop(ShopId id) {
        return shops.byId(id).orElseThrow(() -> new NotFoundException("shop", id));
    }

    public Optional<Shop> bySlug(String slug) {
        return shops.bySlug(slug);
    }
}
