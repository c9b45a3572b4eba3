package de.stammkunde.persistence.account;

import static de.stammkunde.persistence.jooq.Tables.RECOVERY_CODE;
import static de.stammkunde.persistence.jooq.Tables.SECOND_FACTOR;

import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.SecondFactors;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

final class JooqSecondFactors implements SecondFactors {
    private final DSLContext dsl;

    JooqSecondFactors(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Stored> find(ShopId shopId, AccountKind kind, UUID accountId) {
        return dsl.select(SECOND_FACTOR.SECRET, SECOND_FACTOR.ENABLED_AT, SECOND_FACTOR.LAST_STEP)
                .from(SECOND_FACTOR).where(of(shopId, kind, accountId))
                .fetchOptional(r -> new Stored(r.value1(), Timestamps.instantOrNull(r.value2()), r.value3()));
    }

    @Override
    public void startSetup(ShopId shopId, AccountKind kind, UUID accountId, String sealedSecret, Instant at) {
        dsl.insertInto(SECOND_FACTOR)
                .set(SECOND_FACTOR.SHOP_ID, shopId.value())
                .set(SECOND_FACTOR.ACCOUNT_KIND, kind.name())
                .set(SECOND_FACTOR.ACCOUNT_ID, accountId)
                .set(SECOND_FACTOR.SECRET, sealedSecret)
                .set(SECOND_FACTOR.CREATED_AT, Timestamps.utc(at))
                .onConflict(SECOND_FACTOR.SHOP_ID, SECOND_FACTOR.ACCOUNT_KIND, SECOND_FACTOR.ACCOUNT_ID)
                .doUpdate()
                .set(SECOND_FACTOR.SECRET, sealedSecret)
                .set(SECOND_FACTOR.CREATED_AT, Timestamps.utc(at))
                .set(SECOND_FACTOR.LAST_STEP, 0L)
                .where(SECOND_FACTOR.ENABLED_AT.isNull())
                .execute();
    }

    @Override
    public boolean enable(ShopId shopId, AccountKind kind, UUID accountId, long step, Instant at) {
        return dsl.update(SECOND_FACTOR)
                .set(SECOND_FACTOR.ENABLED_AT, Timestamps.utc(at))
                .set(SECOND_FACTOR.LAST_STEP, step)
                .where(of(shopId, kind, accountId), SECOND_FACTOR.ENABLED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public boolean useStep(ShopId shopId, AccountKind kind, UUID accountId, long step) {
        return dsl.update(SECOND_FACTOR).set(SECOND_FACTOR.LAST_STEP, step)
                .where(of(shopId, kind, accountId), SECOND_FACTOR.LAST_STEP.lt(step))
                .execute() == 1;
    }

    @Override
    public void remove(ShopId shopId, AccountKind kind, UUID accountId) {
        dsl.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.SHOP_ID.eq(shopId.value()),
                RECOVERY_CODE.ACCOUNT_KIND.eq(kind.name()), RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
        dsl.deleteFrom(SECOND_FACTOR).where(of(shopId, kind, accountId)).execute();
    }

    @Override
    public void replaceRecoveryCodes(ShopId shopId, AccountKind kind, UUID accountId, List<String> codeHashes) {
        dsl.deleteFrom(RECOVERY_CODE).where(codes(shopId, kind, accountId)).execute();
        var insert = dsl.insertInto(RECOVERY_CODE, RECOVERY_CODE.SHOP_ID, RECOVERY_CODE.ACCOUNT_KIND,
                RECOVERY_CODE.ACCOUNT_ID, RECOVERY_CODE.CODE_HASH);
        for (String hash : codeHashes) {
            insert = insert.values(shopId.value(), kind.name(), accountId, hash);
        }
        insert.onConflictDoNothing().execute();
    }

    @Override
    public boolean useRecoveryCode(ShopId shopId, AccountKind kind, UUID accountId, String codeHash, Instant at) {
        return dsl.update(RECOVERY_CODE).set(RECOVERY_CODE.USED_AT, Timestamps.utc(at))
                .where(codes(shopId, kind, accountId), RECOVERY_CODE.CODE_HASH.eq(codeHash),
                        RECOVERY_CODE.USED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public int recoveryCodesLeft(ShopId shopId, AccountKind kind, UUID accountId) {
        return dsl.fetchCount(RECOVERY_CODE, DSL.and(codes(shopId, kind, accountId), RECOVERY_CODE.USED_AT.isNull()));
    }

    @Override
    public java.util.Set<UUID> enabled(ShopId shopId, AccountKind kind) {
        return dsl.select(SECOND_FACTOR.ACCOUNT_ID).from(SECOND_FACTOR)
                .where(SECOND_FACTOR.SHOP_ID.eq(shopId.value()), SECOND_FACTOR.ACCOUNT_KIND.eq(kind.name()),
                        SECOND_FACTOR.ENABLED_AT.isNotNull())
                .fetchSet(SECOND_FACTOR.ACCOUNT_ID);
    }

    private static Condition of(ShopId shopId, AccountKind kind, UUID accountId) {
        return SECOND_FACTOR.SHOP_ID.eq(shopId.value()).and(SECOND_FACTOR.ACCOUNT_KIND.eq(kind.name()))
                .and(SECOND_FACTOR.ACCOUNT_ID.eq(accountId));
    }

    private static Condition codes(ShopId shopId, AccountKind kind, UUID accountId) {
        return RECOVERY_CODE.SHOP_ID.eq(shopId.value()).and(RECOVERY_CODE.ACCOUNT_KIND.eq(kind.name()))
                .and(RECOVERY_CODE.ACCOUNT_ID.eq(accountId));
    }
}
