package de.stammkunde.persistence.value;

import static de.stammkunde.persistence.jooq.Tables.CLV_RUN;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static de.stammkunde.persistence.jooq.Tables.SHOP;

import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.value.ClvRun;
import de.stammkunde.domain.value.ClvRuns;
import de.stammkunde.persistence.jooq.tables.records.ClvRunRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

final class JooqClvRuns implements ClvRuns {
    private final DSLContext dsl;

    JooqClvRuns(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ClvRun queue(ShopId shopId, String createdBy, Instant now) {
        // the shop row serialises two requests, so a shop never gets two waiting runs
        dsl.select(SHOP.SHOP_ID).from(SHOP).where(SHOP.SHOP_ID.eq(shopId.value())).forUpdate().fetch();
        var open = dsl.selectFrom(CLV_RUN)
                .where(CLV_RUN.SHOP_ID.eq(shopId.value()), CLV_RUN.STATUS.in("QUEUED", "RUNNING"))
                .orderBy(CLV_RUN.CREATED_AT.desc()).limit(1).fetchOptional(JooqClvRuns::toRun);
        if (open.isPresent()) {
            return open.get();
        }
        UUID id = UUID.randomUUID();
        dsl.insertInto(CLV_RUN)
                .set(CLV_RUN.SHOP_ID, shopId.value())
                .set(CLV_RUN.RUN_ID, id)
                .set(CLV_RUN.STATUS, "QUEUED")
                .set(CLV_RUN.CREATED_AT, Timestamps.utc(now))
                .set(CLV_RUN.CREATED_BY, createdBy)
                .execute();
        return byId(shopId, id);
    }

    private ClvRun byId(ShopId shopId, UUID id) {
        return dsl.selectFrom(CLV_RUN).where(CLV_RUN.SHOP_ID.eq(shopId.value()), CLV_RUN.RUN_ID.eq(id))
                .fetchSingle(JooqClvRuns::toRun);
    }

    @Override
    public Optional<ClvRun> claimNext(Instant now, Instant staleBefore) {
        var next = dsl.select(CLV_RUN.SHOP_ID, CLV_RUN.RUN_ID).from(CLV_RUN)
                .where(CLV_RUN.STATUS.eq("QUEUED").or(CLV_RUN.STATUS.eq("RUNNING")
                        .and(CLV_RUN.HEARTBEAT_AT.lt(Timestamps.utc(staleBefore)))))
                .orderBy(CLV_RUN.CREATED_AT).limit(1).forUpdate().skipLocked().fetchOptional();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        return dsl.update(CLV_RUN)
                .set(CLV_RUN.STATUS, "RUNNING")
                .set(CLV_RUN.PROGRESS, BigDecimal.ZERO)
                .set(CLV_RUN.HEARTBEAT_AT, Timestamps.utc(now))
                .set(CLV_RUN.STARTED_AT, Timestamps.utc(now))
                .where(CLV_RUN.SHOP_ID.eq(next.get().value1()), CLV_RUN.RUN_ID.eq(next.get().value2()))
                .returning().fetchOptional().map(JooqClvRuns::toRun);
    }

    @Override
    public void progress(ShopId shopId, UUID id, double progress, Instant now) {
        dsl.update(CLV_RUN)
                .set(CLV_RUN.PROGRESS, BigDecimal.valueOf(Math.max(0, Math.min(1, progress)))
                        .setScale(4, RoundingMode.HALF_UP))
                .set(CLV_RUN.HEARTBEAT_AT, Timestamps.utc(now))
                .where(CLV_RUN.SHOP_ID.eq(shopId.value()), CLV_RUN.RUN_ID.eq(id))
                .execute();
    }

    @Override
    public void finish(ShopId shopId, UUID id, ClvRun.Status status, @Nullable String model, @Nullable String reason,
                       @Nullable String parameters, long customers, @Nullable String failure, Instant now) {
        dsl.update(CLV_RUN)
                .set(CLV_RUN.STATUS, status.name())
                .set(CLV_RUN.PROGRESS, status == ClvRun.Status.DONE ? DSL.val(BigDecimal.ONE) : CLV_RUN.PROGRESS)
                .set(CLV_RUN.MODEL, model)
                .set(CLV_RUN.REASON, reason)
                .set(CLV_RUN.PARAMETERS, parameters)
                .set(CLV_RUN.CUSTOMERS, customers)
                .set(CLV_RUN.FAILURE, failure == null ? null : failure.substring(0, Math.min(500, failure.length())))
                .set(CLV_RUN.FINISHED_AT, Timestamps.utc(now))
                .set(CLV_RUN.HEARTBEAT_AT, Timestamps.utc(now))
                .where(CLV_RUN.SHOP_ID.eq(shopId.value()), CLV_RUN.RUN_ID.eq(id))
                .execute();
    }

    @Override
    public List<ClvRun> recent(ShopId shopId, int limit) {
        return dsl.selectFrom(CLV_RUN).where(CLV_RUN.SHOP_ID.eq(shopId.value()))
                .orderBy(CLV_RUN.CREATED_AT.desc()).limit(limit).fetch(JooqClvRuns::toRun);
    }

    @Override
    public Optional<ClvRun> lastDone(ShopId shopId) {
        return dsl.selectFrom(CLV_RUN).where(CLV_RUN.SHOP_ID.eq(shopId.value()), CLV_RUN.STATUS.eq("DONE"))
                .orderBy(CLV_RUN.FINISHED_AT.desc()).limit(1).fetchOptional(JooqClvRuns::toRun);
    }

    @Override
    public List<ShopId> shopsWithPurchases() {
        return dsl.select(SHOP.SHOP_ID).from(SHOP)
                .whereExists(DSL.selectOne().from(PURCHASE).where(PURCHASE.SHOP_ID.eq(SHOP.SHOP_ID)))
                .fetch(r -> new ShopId(r.value1()));
    }

    private static ClvRun toRun(ClvRunRecord r) {
        return new ClvRun(new ShopId(r.getShopId()), r.getRunId(), ClvRun.Status.valueOf(r.getStatus()),
                r.getProgress().doubleValue(), r.getModel(), r.getReason(), r.getParameters(), r.getCustomers(),
                r.getFailure(), r.getCreatedAt().toInstant(), Timestamps.instantOrNull(r.getStartedAt()),
                Timestamps.instantOrNull(r.getFinishedAt()));
    }
}
