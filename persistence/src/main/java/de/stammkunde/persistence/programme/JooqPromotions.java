package de.stammkunde.persistence.programme;

import static de.stammkunde.persistence.jooq.Tables.PROMOTION;

import de.stammkunde.domain.programme.Promotion;
import de.stammkunde.domain.programme.Promotions;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.PromotionRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

final class JooqPromotions implements Promotions {
    private final DSLContext dsl;

    JooqPromotions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(Promotion p, Actor actor) {
        dsl.insertInto(PROMOTION)
                .set(PROMOTION.SHOP_ID, p.shopId().value())
                .set(PROMOTION.PROMOTION_ID, p.id())
                .set(PROMOTION.NAME, p.name())
                .set(PROMOTION.KIND, p.kind().name())
                .set(PROMOTION.MULTIPLIER, p.multiplier())
                .set(PROMOTION.BONUS_POINTS, p.bonusPoints())
                .set(PROMOTION.MIN_AMOUNT, p.minAmount())
                .set(PROMOTION.STARTS_AT, Timestamps.utc(p.startsAt()))
                .set(PROMOTION.ENDS_AT, Timestamps.utc(p.endsAt()))
                .set(PROMOTION.ACTIVE, p.active())
                .set(PROMOTION.CREATED_BY, actor.describe())
                .set(PROMOTION.UPDATED_BY, actor.describe())
                .onConflict(PROMOTION.SHOP_ID, PROMOTION.PROMOTION_ID)
                .doUpdate()
                .set(PROMOTION.NAME, p.name())
                .set(PROMOTION.KIND, p.kind().name())
                .set(PROMOTION.MULTIPLIER, p.multiplier())
                .set(PROMOTION.BONUS_POINTS, p.bonusPoints())
                .set(PROMOTION.MIN_AMOUNT, p.minAmount())
                .set(PROMOTION.STARTS_AT, Timestamps.utc(p.startsAt()))
                .set(PROMOTION.ENDS_AT, Timestamps.utc(p.endsAt()))
                .set(PROMOTION.ACTIVE, p.active())
                .set(PROMOTION.UPDATED_BY, actor.describe())
                .set(PROMOTION.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    @Override
    public Optional<Promotion> byId(ShopId shopId, UUID id) {
        return dsl.selectFrom(PROMOTION).where(PROMOTION.SHOP_ID.eq(shopId.value()), PROMOTION.PROMOTION_ID.eq(id))
                .fetchOptional(JooqPromotions::toPromotion);
    }

    @Override
    public List<Promotion> all(ShopId shopId) {
        return dsl.selectFrom(PROMOTION).where(PROMOTION.SHOP_ID.eq(shopId.value()))
                .orderBy(PROMOTION.STARTS_AT.desc(), PROMOTION.NAME)
                .fetch(JooqPromotions::toPromotion);
    }

    @Override
    public List<Promotion> activeAt(ShopId shopId, Instant at) {
        return dsl.selectFrom(PROMOTION)
                .where(PROMOTION.SHOP_ID.eq(shopId.value()), PROMOTION.ACTIVE.isTrue(),
                        PROMOTION.STARTS_AT.le(Timestamps.utc(at)), PROMOTION.ENDS_AT.gt(Timestamps.utc(at)))
                .fetch(JooqPromotions::toPromotion);
    }

    private static Promotion toPromotion(PromotionRecord r) {
        return new Promotion(new ShopId(r.getShopId()), r.getPromotionId(), r.getName(),
                Promotion.Kind.valueOf(r.getKind()),
                r.getMultiplier() == null ? null : r.getMultiplier().stripTrailingZeros(), r.getBonusPoints(),
                r.getMinAmount() == null ? null : r.getMinAmount().stripTrailingZeros(),
                r.getStartsAt().toInstant(), r.getEndsAt().toInstant(), r.getActive());
    }
}
