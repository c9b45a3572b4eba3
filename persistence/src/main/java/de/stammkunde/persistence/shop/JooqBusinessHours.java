package de.stammkunde.persistence.shop;

import static de.stammkunde.persistence.jooq.Tables.SHOP;

import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.BusinessHours;
import de.stammkunde.domain.shop.BusinessHoursStore;
import java.util.Optional;
import org.jooq.DSLContext;

final class JooqBusinessHours implements BusinessHoursStore {
    private final DSLContext dsl;

    JooqBusinessHours(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<BusinessHours> of(ShopId shopId) {
        return dsl.select(SHOP.BUSINESS_HOURS).from(SHOP).where(SHOP.SHOP_ID.eq(shopId.value()))
                .fetchOptional(SHOP.BUSINESS_HOURS)
                .map(BusinessHours::decode);
    }

    @Override
    public void save(ShopId shopId, BusinessHours hours) {
        dsl.update(SHOP).set(SHOP.BUSINESS_HOURS, hours.encode()).where(SHOP.SHOP_ID.eq(shopId.value())).execute();
    }
}
