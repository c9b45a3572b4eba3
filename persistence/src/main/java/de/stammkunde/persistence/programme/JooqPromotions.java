package de.stammkunde.persistence.programme;

import static de.stammkunde.persistence.jooq.Tables.PRODUCT_CATEGORY;
import static de.stammkunde.persistence.jooq.Tables.PROMOTION;

import de.stammkunde.domain.programme.Promotion;
import de.stammkunde.domain.programme.Promotions;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.PromotionRecord;
import de.stammkunde.persistence.support.ProductCategories;
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
        PromotionRecord values = new PromotionRecord()
                .setShopId(p.shopId().value())
                .setPromotionId(p.id())
                .setName(p.name())
                .setKind(p.kind().name())
                .setMultiplier(p.multiplier())
                .setBonusPoints(p.bonusPoints())
                .setMinAmount(p.minAmount())
                .setStartsAt(Timestamps.utc(p.startsAt()))
                .setEndsAt(Timestamps.utc(p.endsAt()))
                .setActive(p.active())
                .setCategory(p.category())
                .setUpdatedBy(actor.describe());
        dsl.insertInto(PROMOTION).set(values).set(PROMOTION.CREATED_BY, actor.describe())
                .onConflict(PROMOTION.SHOP_ID, PROMOTION.PROMOTION_ID)
                .doUpdate().set(values).set(PROMOTION.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
        if (p.category() != null) {
            ProductCategories.remember(dsl, p.shopId(), List.of(p.category()));
        }
    }

    @Override
    public List<String> knownCategories(ShopId shopId, int limit) {
        return dsl.select(PRODUCT_CATEGORY.NAME).from(PRODUCT_CATEGORY)
                .where(PRODUCT_CATEGORY.SHOP_ID.eq(shopId.value()))
                .orderBy(PRODUCT_CATEGORY.NORMALISED)
                .limit(limit)
                .fetch(PRODUCT_CATEGORY.NAME);
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
                r.getStartsAt().toInstant(), r.getEndsAt().toInstant(), r.getActive(), r.getCategory());
    }
}
