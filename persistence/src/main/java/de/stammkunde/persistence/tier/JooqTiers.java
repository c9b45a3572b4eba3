package de.stammkunde.persistence.tier;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.LOYALTY_PROGRAMME;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static de.stammkunde.persistence.jooq.Tables.TIER;
import static de.stammkunde.persistence.jooq.Tables.TIER_CHANGE;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.CustomerRef;
import de.stammkunde.domain.tier.Tier;
import de.stammkunde.domain.tier.TierChange;
import de.stammkunde.domain.tier.TierState;
import de.stammkunde.domain.tier.Tiers;
import de.stammkunde.persistence.jooq.tables.records.TierRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

final class JooqTiers implements Tiers {
    private final DSLContext dsl;

    JooqTiers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean save(Tier tier, Actor actor) {
        boolean taken = dsl.fetchExists(TIER, TIER.SHOP_ID.eq(tier.shopId().value()),
                TIER.THRESHOLD.eq(tier.threshold()), TIER.TIER_ID.ne(tier.id()));
        if (taken) {
            return false;
        }
        try {
            upsert(tier, actor);
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            return false; // a concurrent save took the threshold
        }
        return true;
    }

    private void upsert(Tier tier, Actor actor) {
        TierRecord values = new TierRecord()
                .setShopId(tier.shopId().value())
                .setTierId(tier.id())
                .setName(tier.name())
                .setThreshold(tier.threshold())
                .setMultiplier(tier.multiplier())
                .setUpdatedBy(actor.describe());
        dsl.insertInto(TIER).set(values).set(TIER.CREATED_BY, actor.describe())
                .onConflict(TIER.SHOP_ID, TIER.TIER_ID)
                .doUpdate().set(values).set(TIER.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    @Override
    public Optional<Tier> byId(ShopId shopId, UUID id) {
        return dsl.selectFrom(TIER).where(TIER.SHOP_ID.eq(shopId.value()), TIER.TIER_ID.eq(id))
                .fetchOptional(JooqTiers::toTier);
    }

    @Override
    public List<Tier> all(ShopId shopId) {
        return dsl.selectFrom(TIER).where(TIER.SHOP_ID.eq(shopId.value())).orderBy(TIER.THRESHOLD)
                .fetch(JooqTiers::toTier);
    }

    @Override
    public TierState stateOf(ShopId shopId, CustomerId customerId) {
        return dsl.select(CUSTOMER.TIER_ID, CUSTOMER.TIER_SINCE, CUSTOMER.TIER_BELOW_SINCE).from(CUSTOMER)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(customerId.value()))
                .fetchOptional(r -> new TierState(r.value1(), Timestamps.instantOrNull(r.value2()),
                        Timestamps.instantOrNull(r.value3())))
                .orElse(TierState.BASE);
    }

    @Override
    public TierState lockState(ShopId shopId, CustomerId customerId) {
        return dsl.select(CUSTOMER.TIER_ID, CUSTOMER.TIER_SINCE, CUSTOMER.TIER_BELOW_SINCE).from(CUSTOMER)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(customerId.value()))
                .forNoKeyUpdate()
                .fetchOptional(r -> new TierState(r.value1(), Timestamps.instantOrNull(r.value2()),
                        Timestamps.instantOrNull(r.value3())))
                .orElse(TierState.BASE);
    }

    @Override
    public void setState(ShopId shopId, CustomerId customerId, TierState state) {
        dsl.update(CUSTOMER)
                .set(CUSTOMER.TIER_ID, state.tierId())
                .set(CUSTOMER.TIER_SINCE, Timestamps.utcOrNull(state.since()))
                .set(CUSTOMER.TIER_BELOW_SINCE, Timestamps.utcOrNull(state.belowSince()))
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(customerId.value()))
                .execute();
    }

    @Override
    public void addChange(TierChange change, Actor actor) {
        dsl.insertInto(TIER_CHANGE)
                .set(TIER_CHANGE.SHOP_ID, change.shopId().value())
                .set(TIER_CHANGE.CHANGE_ID, change.id())
                .set(TIER_CHANGE.CUSTOMER_ID, change.customerId().value())
                .set(TIER_CHANGE.KIND, change.kind().name())
                .set(TIER_CHANGE.FROM_TIER, change.fromTier())
                .set(TIER_CHANGE.TO_TIER, change.toTier())
                .set(TIER_CHANGE.QUALIFYING_SPEND, change.qualifyingSpend())
                .set(TIER_CHANGE.OCCURRED_AT, Timestamps.utc(change.occurredAt()))
                .set(TIER_CHANGE.CREATED_BY, actor.describe())
                .execute();
    }

    @Override
    public List<TierChange> history(ShopId shopId, CustomerId customerId, int limit) {
        return dsl.selectFrom(TIER_CHANGE)
                .where(TIER_CHANGE.SHOP_ID.eq(shopId.value()), TIER_CHANGE.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(TIER_CHANGE.OCCURRED_AT.desc())
                .limit(limit)
                .fetch(r -> new TierChange(new ShopId(r.getShopId()), r.getChangeId(),
                        new CustomerId(r.getCustomerId()), TierChange.Kind.valueOf(r.getKind()), r.getFromTier(),
                        r.getToTier(), r.getQualifyingSpend().stripTrailingZeros(), r.getOccurredAt().toInstant()));
    }

    @Override
    public BigDecimal qualifyingSpend(ShopId shopId, CustomerId customerId, Instant since) {
        BigDecimal spend = dsl.select(DSL.sum(PURCHASE.AMOUNT.minus(PURCHASE.AMOUNT_RETURNED)))
                .from(PURCHASE)
                .where(PURCHASE.SHOP_ID.eq(shopId.value()), PURCHASE.CUSTOMER_ID.eq(customerId.value()),
                        PURCHASE.OCCURRED_AT.ge(Timestamps.utc(since)))
                .fetchOne(0, BigDecimal.class);
        return spend == null ? BigDecimal.ZERO : spend.stripTrailingZeros();
    }

    @Override
    public List<CustomerRef> customersAfter(@Nullable CustomerRef after, int limit) {
        Condition condition = after == null ? DSL.noCondition()
                : DSL.row(CUSTOMER.SHOP_ID, CUSTOMER.CUSTOMER_ID)
                        .gt(after.shopId().value(), after.customerId().value());
        return dsl.select(CUSTOMER.SHOP_ID, CUSTOMER.CUSTOMER_ID).from(CUSTOMER)
                .where(condition)
                .orderBy(CUSTOMER.SHOP_ID, CUSTOMER.CUSTOMER_ID)
                .limit(limit)
                .fetch(r -> new CustomerRef(new ShopId(r.value1()), new CustomerId(r.value2())));
    }

    @Override
    public int graceDays(ShopId shopId) {
        return dsl.select(LOYALTY_PROGRAMME.TIER_GRACE_DAYS).from(LOYALTY_PROGRAMME)
                .where(LOYALTY_PROGRAMME.SHOP_ID.eq(shopId.value()))
                .fetchOptional(LOYALTY_PROGRAMME.TIER_GRACE_DAYS)
                .orElse(30);
    }

    @Override
    public void saveGraceDays(ShopId shopId, int days, Actor actor) {
        dsl.update(LOYALTY_PROGRAMME)
                .set(LOYALTY_PROGRAMME.TIER_GRACE_DAYS, days)
                .set(LOYALTY_PROGRAMME.UPDATED_BY, actor.describe())
                .set(LOYALTY_PROGRAMME.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(LOYALTY_PROGRAMME.SHOP_ID.eq(shopId.value()))
                .execute();
    }

    private static Tier toTier(TierRecord r) {
        return new Tier(new ShopId(r.getShopId()), r.getTierId(), r.getName(), r.getThreshold().stripTrailingZeros(),
                r.getMultiplier().stripTrailingZeros());
    }
}
