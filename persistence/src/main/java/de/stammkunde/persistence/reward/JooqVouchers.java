package de.stammkunde.persistence.reward;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.VOUCHER;
import static org.jooq.impl.DSL.count;
import static de.stammkunde.persistence.support.Timestamps.instantOrNull;
import static de.stammkunde.persistence.support.Timestamps.utc;

import de.stammkunde.domain.reward.RewardKind;
import de.stammkunde.domain.reward.Voucher;
import de.stammkunde.domain.reward.Vouchers;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.VoucherRecord;
import de.stammkunde.persistence.support.Amounts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

final class JooqVouchers implements Vouchers {
    private final DSLContext dsl;

    JooqVouchers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(Voucher v, Actor actor) {
        return dsl.insertInto(VOUCHER)
                .set(VOUCHER.SHOP_ID, v.shopId().value())
                .set(VOUCHER.VOUCHER_ID, v.id())
                .set(VOUCHER.CODE, v.code())
                .set(VOUCHER.CUSTOMER_ID, v.customerId().value())
                .set(VOUCHER.REWARD_ID, v.rewardId())
                .set(VOUCHER.REWARD_NAME, v.rewardName())
                .set(VOUCHER.LEDGER_ENTRY_ID, v.ledgerEntryId() == null ? null : v.ledgerEntryId().value())
                .set(VOUCHER.POINTS_SPENT, v.pointsSpent())
                .set(VOUCHER.KIND, v.kind().name())
                .set(VOUCHER.AMOUNT, v.amount() == null ? null : v.amount().amount())
                .set(VOUCHER.CURRENCY, v.amount() == null ? null : v.amount().currencyCode())
                .set(VOUCHER.PERCENT, v.percent())
                .set(VOUCHER.ITEM, v.item())
                .set(VOUCHER.VALID_FROM, utc(v.validFrom()))
                .set(VOUCHER.VALID_UNTIL, utc(v.validUntil()))
                .set(VOUCHER.CREATED_BY, actor.describe())
                .onConflict(VOUCHER.SHOP_ID, VOUCHER.CODE)
                .doNothing()
                .execute() == 1;
    }

    @Override
    public Optional<Voucher> byCode(ShopId shopId, String code) {
        return dsl.selectFrom(VOUCHER).where(VOUCHER.SHOP_ID.eq(shopId.value()), VOUCHER.CODE.eq(code))
                .fetchOptional(JooqVouchers::toVoucher);
    }

    @Override
    public Optional<Voucher> byId(ShopId shopId, UUID id) {
        return dsl.selectFrom(VOUCHER).where(VOUCHER.SHOP_ID.eq(shopId.value()), VOUCHER.VOUCHER_ID.eq(id))
                .fetchOptional(JooqVouchers::toVoucher);
    }

    @Override
    public List<Voucher> ofCustomer(ShopId shopId, CustomerId customerId) {
        return dsl.selectFrom(VOUCHER)
                .where(VOUCHER.SHOP_ID.eq(shopId.value()), VOUCHER.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(VOUCHER.CREATED_AT.desc())
                .fetch(JooqVouchers::toVoucher);
    }

    @Override
    public boolean markRedeemed(ShopId shopId, UUID id, Instant at, Actor actor) {
        return dsl.update(VOUCHER)
                .set(VOUCHER.REDEEMED_AT, utc(at))
                .set(VOUCHER.REDEEMED_BY, actor.describe())
                .where(VOUCHER.SHOP_ID.eq(shopId.value()), VOUCHER.VOUCHER_ID.eq(id), VOUCHER.REDEEMED_AT.isNull(),
                        VOUCHER.CANCELLED_AT.isNull(), VOUCHER.VALID_UNTIL.ge(utc(at)))
                .execute() == 1;
    }

    @Override
    public boolean markCancelled(ShopId shopId, UUID id, Instant at, @Nullable String reason, Actor actor) {
        return dsl.update(VOUCHER)
                .set(VOUCHER.CANCELLED_AT, utc(at))
                .set(VOUCHER.CANCELLED_BY, actor.describe())
                .set(VOUCHER.CANCEL_REASON, reason)
                .where(VOUCHER.SHOP_ID.eq(shopId.value()), VOUCHER.VOUCHER_ID.eq(id), VOUCHER.REDEEMED_AT.isNull(),
                        VOUCHER.CANCELLED_AT.isNull(), VOUCHER.VALID_UNTIL.ge(utc(at)))
                .execute() == 1;
    }

    private static Condition inStatus(Voucher.@Nullable Status status, Instant now) {
        if (status == null) {
            return DSL.trueCondition();
        }
        OffsetDateTime at = utc(now);
        return switch (status) {
            case CANCELLED -> VOUCHER.CANCELLED_AT.isNotNull();
            case REDEEMED -> VOUCHER.CANCELLED_AT.isNull().and(VOUCHER.REDEEMED_AT.isNotNull());
            case EXPIRED -> VOUCHER.CANCELLED_AT.isNull().and(VOUCHER.REDEEMED_AT.isNull())
                    .and(VOUCHER.VALID_UNTIL.lt(at));
            case ISSUED -> VOUCHER.CANCELLED_AT.isNull().and(VOUCHER.REDEEMED_AT.isNull())
                    .and(VOUCHER.VALID_UNTIL.ge(at));
        };
    }

    @Override
    public List<Listed> overview(ShopId shopId, Voucher.@Nullable Status status, Instant now, int offset,
                                 int limit) {
        return dsl.select(VOUCHER.fields()).select(CUSTOMER.CUSTOMER_NUMBER, CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME)
                .from(VOUCHER)
                .join(CUSTOMER).on(CUSTOMER.SHOP_ID.eq(VOUCHER.SHOP_ID), CUSTOMER.CUSTOMER_ID.eq(VOUCHER.CUSTOMER_ID))
                .where(VOUCHER.SHOP_ID.eq(shopId.value()), inStatus(status, now))
                .orderBy(VOUCHER.CREATED_AT.desc(), VOUCHER.VOUCHER_ID)
                .offset(offset).limit(limit)
                .fetch(r -> new Listed(toVoucher(r.into(VOUCHER)), r.get(CUSTOMER.CUSTOMER_NUMBER),
                        r.get(CUSTOMER.FIRST_NAME) + " " + r.get(CUSTOMER.LAST_NAME)));
    }

    @Override
    public Counts counts(ShopId shopId, Instant now) {
        OffsetDateTime at = utc(now);
        var cancelled = VOUCHER.CANCELLED_AT.isNotNull();
        var used = VOUCHER.CANCELLED_AT.isNull().and(VOUCHER.REDEEMED_AT.isNotNull());
        var open = VOUCHER.CANCELLED_AT.isNull().and(VOUCHER.REDEEMED_AT.isNull());
        Record4<Integer, Integer, Integer, Integer> r = dsl.select(
                        count().filterWhere(open.and(VOUCHER.VALID_UNTIL.ge(at))),
                        count().filterWhere(used),
                        count().filterWhere(open.and(VOUCHER.VALID_UNTIL.lt(at))),
                        count().filterWhere(cancelled))
                .from(VOUCHER).where(VOUCHER.SHOP_ID.eq(shopId.value())).fetchSingle();
        return new Counts(r.value1(), r.value2(), r.value3(), r.value4());
    }

    private static Voucher toVoucher(VoucherRecord r) {
        return new Voucher(new ShopId(r.getShopId()), r.getVoucherId(), r.getCode(), new CustomerId(r.getCustomerId()),
                r.getRewardId(), r.getRewardName(),
                r.getLedgerEntryId() == null ? null : new LedgerEntryId(r.getLedgerEntryId()), r.getPointsSpent(),
                RewardKind.valueOf(r.getKind()),
                r.getAmount() == null ? null : Amounts.money(r.getAmount(), r.getCurrency()),
                r.getPercent() == null ? null : r.getPercent().stripTrailingZeros(), r.getItem(),
                r.getValidFrom().toInstant(), r.getValidUntil().toInstant(), instantOrNull(r.getRedeemedAt()),
                instantOrNull(r.getCancelledAt()));
    }
}
