package de.stammkunde.persistence.shop;

import de.stammkunde.domain.shop.BusinessHoursStore;
import de.stammkunde.domain.shop.Shops;
import org.jooq.DSLContext;

/** The shop feature's adapters; the classes themselves stay package-private. */
public final class ShopPersistence {
    private ShopPersistence() {
    }

    public static Shops shops(DSLContext dsl) {
        return new JooqShops(dsl);
    }

    public static de.stammkunde.domain.shop.ShopSetup setup(DSLContext dsl) {
        return new JooqShopSetup(dsl);
    }

    public static BusinessHoursStore businessHours(DSLContext dsl) {
        return new JooqBusinessHours(dsl);
    }
}
