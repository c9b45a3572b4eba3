package de.stammkunde.domain.shop;

import de.stammkunde.domain.shared.ShopId;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/** A tenant: one small shop with its own customers, staff and programme. */
public record Shop(ShopId id, String slug, String name, Currency currency, ZoneId timeZone) {
    public Shop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** What a mail needs to name the shop and show its times: {@code shopName}, {@code shopSlug}, {@code timeZone}. */
    public java.util.Map<String, String> mailParams() {
        return java.util.Map.of("shopName", name, "shopSlug", slug, "timeZone", timeZone.getId());
    }
}
