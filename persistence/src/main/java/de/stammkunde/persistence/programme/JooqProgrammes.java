package de.stammkunde.persistence.programme;

import static de.stammkunde.persistence.jooq.Tables.LOYALTY_PROGRAMME;

import de.stammkunde.domain.programme.Bonuses;
import de.stammkunde.domain.programme.EarningRule;
import de.stammkunde.domain.programme.PointsRounding;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

final class JooqProgrammes implements Programmes {
    private final DSLContext dsl;

    JooqProgrammes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public EarningRule earningRule(ShopId shopId) {
        return dsl.select(LOYALTY_PROGRAMME.BASE_POINTS_PER_UNIT, LOYALTY_PROGRAMME.ROUNDING_MODE)
                .from(LOYALTY_PROGRAMME)
                .where(LOYALTY_PROGRAMME.SHOP_ID.eq(shopId.value()))
                .fetchOptional(r -> new EarningRule(r.value1(), PointsRounding.valueOf(r.value2())))
                .orElse(EarningRule.DEFAULT);
    }

    @Override
    public int returnWindowDays(ShopId shopId) {
        return dsl.select(LOYALTY_PROGRAMME.RETURN_WINDOW_DAYS).from(LOYALTY_PROGRAMME)
                .where(LOYALTY_PROGRAMME.SHOP_ID.eq(shopId.value()))
                .fetchOptional(LOYALTY_PROGRAMME.RETURN_WINDOW_DAYS)
                .orElse(0);
    }

    @Override
    public void saveReturnWindowDays(ShopId shopId, int days, Actor actor) {
        dsl.update(LOYALTY_PROGRAMME)
                .set(LOYALTY_PROGRAMME.RETURN_WINDOW_DAYS, days)
                .set(LOYALTY_PROGRAMME.UPDATED_BY, actor.describe())
                .set(LOYALTY_PROGRAMME.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(LOYALTY_PROGRAMME.SHOP_ID.eq(shopId.value()))
                .execute();
    }

    @Override
    public Bonuses bonuses(ShopId shopId) {
        return dsl.select(LOYALTY_PROGRAMME.WELCOME_BONUS_POINTS, LOYALTY_PROGRAMME.REFERRAL_BONUS_REFERRER,
                        LOYALTY_PROGRAMME.REFERRAL_BONUS_REFEREE)
                .from(LOYALTY_PROGRAMME)
                .where(LOYALTY_PROGRAMME.SHOP_ID.eq(shopId.value()))
                .fetchOptional(r -> new Bonuses(r.value1(), r.value2(), r.value3()))
                .orElse(Bonuses.NONE);
    }

    @Override
    public void saveBonuses(ShopId shopId, Bonuses bonuses, Actor actor) {
        dsl.update(LOYALTY_PROGRAMME)
                .set(LOYALTY_PROGRAMME.WELCOME_BONUS_POINTS, bonuses.welcome())
                .set(LOYALTY_PROGRAMME.REFERRAL_BONUS_REFERRER, bonuses.referrer())
                .set(LOYALTY_PROGRAMME.REFERRAL_BONUS_REFEREE, bonuses.referee())
                .set(LOYALTY_PROGRAMME.UPDATED_BY, actor.describe())
                .set(LOYALTY_PROGRAMME.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(LOYALTY_PROGRAMME.SHOP_ID.eq(shopId.value()))
                .execute();
    }

    @Override
    public void saveEarningRule(ShopId shopId, EarningRule rule, Actor actor) {
        dsl.insertInto(LOYALTY_PROGRAMME)
                .set(LOYALTY_PROGRAMME.SHOP_ID, shopId.value())
                .set(LOYALTY_PROGRAMME.BASE_POINTS_PER_UNIT, rule.basePointsPerUnit())
                .set(LOYALTY_PROGRAMME.ROUNDING_MODE, rule.rounding().name())
                .set(LOYALTY_PROGRAMME.CREATED_BY, actor.describe())
                .set(LOYALTY_PROGRAMME.UPDATED_BY, actor.describe())
                .onConflict(LOYALTY_PROGRAMME.SHOP_ID)
                .doUpdate()
                .set(LOYALTY_PROGRAMME.BASE_POINTS_PER_UNIT, rule.basePointsPerUnit())
                .set(LOYALTY_PROGRAMME.ROUNDING_MODE, rule.rounding().name())
                .set(LOYALTY_PROGRAMME.UPDATED_BY, actor.describe())
                .set(LOYALTY_PROGRAMME.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }
}
