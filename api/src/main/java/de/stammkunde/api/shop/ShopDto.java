package de.stammkunde.api.shop;

import de.stammkunde.domain.shop.Shop;

/** A shop as the API shows it. */
public record ShopDto(String id, String slug, String name, String currency, String timeZone) {
    public static ShopDto of(Shop shop) {
        return new ShopDto(shop.id().toString(), shop.slug(), shop.name(), shop.currency().getCurrencyCode(),
                shop.timeZone().getId());
    }
}
