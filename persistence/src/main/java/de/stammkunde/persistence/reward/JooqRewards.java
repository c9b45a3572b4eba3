package de.stammkunde.persistence.reward;

import static de.stammkunde.persistence.jooq.Tables.REWARD;

import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.RewardKind;
import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.RewardRecord;
import de.stammkunde.persistence.support.Amounts;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

final class JooqRewards implements Rewards {
    private final DSLContext dsl;

    JooqRewards(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(Reward r, Actor actor) {
        RewardRecord values = new RewardRecord()
                .setShopId(r.shopId().value())
                .setRewardId(r.id())
                .setName(r.name())
                .setDescription(r.description())
                .setPointsCost(r.pointsCost())
                .setKind(r.kind().name())
                .setAmount(r.amount() == null ? null : r.amount().amount())
                .setCurrency(r.amount() == null ? null : r.amount().currencyCode())
                .setPercent(r.percent())
                .setItem(r.item())
                .setValidityDays(r.validityDays())
                .setActive(r.active())
                .setUpdatedBy(actor.describe());
        dsl.insertInto(REWARD).set(values).set(REWARD.CREATED_BY, actor.describe())
                .onConflict(REWARD.SHOP_ID, REWARD.REWARD_ID)
                .doUpdate().set(values).set(REWARD.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    @Override
    public Optional<Reward> byId(ShopId shopId, UUID id) {
        return dsl.selectFrom(REWARD).where(REWARD.SHOP_ID.eq(shopId.value()), REWARD.REWARD_ID.eq(id))
                .fetchOptional(JooqRewards::toReward);
    }

    @Override
    public List<Reward> all(ShopId shopId, boolean activeOnly) {
        Condition condition = REWARD.SHOP_ID.eq(shopId.value());
        if (activeOnly) {
            condition = condition.and(REWARD.ACTIVE.isTrue());
        }
        return dsl.selectFrom(REWARD).where(condition).orderBy(REWARD.POINTS_COST, REWARD.NAME)
                .fetch(JooqRewards::toReward);
    }

    private static Reward toReward(RewardRecord r) {
        return new Reward(new ShopId(r.getShopId()), r.getRewardId(), r.getName(), r.getDescription(),
                r.getPointsCost(), RewardKind.valueOf(r.getKind()),
                r.getAmount() == null ? null : Amounts.money(r.getAmount(), r.getCurrency()),
                r.getPercent() == null ? null : r.getPercent().stripTrailingZeros(), r.getItem(),
                r.getValidityDays(), r.getActive());
    }
}
