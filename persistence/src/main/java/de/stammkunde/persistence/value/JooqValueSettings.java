package de.stammkunde.persistence.value;

import static de.stammkunde.persistence.jooq.Tables.VALUE_SETTINGS;

import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.value.ValueSettings;
import de.stammkunde.domain.value.ValueSettingsStore;
import org.jooq.DSLContext;

final class JooqValueSettings implements ValueSettingsStore {
    private final DSLContext dsl;

    JooqValueSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ValueSettings of(ShopId shopId) {
        return dsl.selectFrom(VALUE_SETTINGS).where(VALUE_SETTINGS.SHOP_ID.eq(shopId.value()))
                .fetchOptional(r -> new ValueSettings(r.getGrossMargin(), r.getAnnualDiscountRate(),
                        r.getHorizonMonths()))
                .orElse(ValueSettings.DEFAULTS);
    }

    @Override
    public void save(ShopId shopId, ValueSettings s) {
        dsl.insertInto(VALUE_SETTINGS)
                .set(VALUE_SETTINGS.SHOP_ID, shopId.value())
                .set(VALUE_SETTINGS.GROSS_MARGIN, s.grossMarginPercent())
                .set(VALUE_SETTINGS.ANNUAL_DISCOUNT_RATE, s.annualDiscountRatePercent())
                .set(VALUE_SETTINGS.HORIZON_MONTHS, s.horizonMonths())
                .onConflict(VALUE_SETTINGS.SHOP_ID).doUpdate()
                .set(VALUE_SETTINGS.GROSS_MARGIN, s.grossMarginPercent())
                .set(VALUE_SETTINGS.ANNUAL_DISCOUNT_RATE, s.annualDiscountRatePercent())
                .set(VALUE_SETTINGS.HORIZON_MONTHS, s.horizonMonths())
                .execute();
    }
}
