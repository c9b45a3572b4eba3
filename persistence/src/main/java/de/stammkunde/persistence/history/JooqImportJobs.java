package de.stammkunde.persistence.history;

import static de.stammkunde.persistence.jooq.Tables.IMPORT_CHUNK;
import static de.stammkunde.persistence.jooq.Tables.IMPORT_ERROR;
import static de.stammkunde.persistence.jooq.Tables.IMPORT_JOB;

import de.stammkunde.domain.history.ImportJob;
import de.stammkunde.domain.history.ImportJobs;
import de.stammkunde.domain.history.PurchaseFile;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.ImportJobRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

final class JooqImportJobs implements ImportJobs {
    private final DSLContext dsl;

    JooqImportJobs(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void create(ImportJob job) {
        dsl.insertInto(IMPORT_JOB)
                .set(IMPORT_JOB.SHOP_ID, job.shopId().value())
                .set(IMPORT_JOB.IMPORT_ID, job.id())
                .set(IMPORT_JOB.KIND, "PURCHASES")
                .set(IMPORT_JOB.STATUS, job.status().name())
                .set(IMPORT_JOB.AWARD_POINTS, job.awardPoints())
                .set(IMPORT_JOB.FILE_NAME, job.fileName())
                .set(IMPORT_JOB.BYTES, job.bytes())
                .set(IMPORT_JOB.ROWS_TOTAL, job.rowsTotal())
                .set(IMPORT_JOB.CREATED_AT, Timestamps.utc(job.createdAt()))
                .set(IMPORT_JOB.CREATED_BY, job.createdBy())
                .execute();
    }

    @Override
    public void sized(ShopId shopId, UUID id, long bytes, long rowsTotal) {
        dsl.update(IMPORT_JOB).set(IMPORT_JOB.BYTES, bytes).set(IMPORT_JOB.ROWS_TOTAL, rowsTotal)
                .where(IMPORT_JOB.SHOP_ID.eq(shopId.value()), IMPORT_JOB.IMPORT_ID.eq(id)).execute();
    }

    @Override
    public Optional<ImportJob> byId(ShopId shopId, UUID id) {
        return dsl.selectFrom(IMPORT_JOB).where(IMPORT_JOB.SHOP_ID.eq(shopId.value()), IMPORT_JOB.IMPORT_ID.eq(id))
                .fetchOptional(JooqImportJobs::toJob);
    }

    @Override
    public List<ImportJob> recent(ShopId shopId, int limit) {
        return dsl.selectFrom(IMPORT_JOB).where(IMPORT_JOB.SHOP_ID.eq(shopId.value()))
                .orderBy(IMPORT_JOB.CREATED_AT.desc()).limit(limit).fetch(JooqImportJobs::toJob);
    }

    @Override
    public Optional<ImportJob> claimNext(Instant now, Instant staleBefore, int maxAttempts) {
        var next = dsl.select(IMPORT_JOB.SHOP_ID, IMPORT_JOB.IMPORT_ID).from(IMPORT_JOB)
                .where(IMPORT_JOB.STATUS.eq("QUEUED").or(IMPORT_JOB.STATUS.eq("RUNNING")
                        .and(IMPORT_JOB.HEARTBEAT_AT.lt(Timestamps.utc(staleBefore)))
                        .and(IMPORT_JOB.ATTEMPTS.lt(maxAttempts))))
                .orderBy(IMPORT_JOB.CREATED_AT).limit(1).forUpdate().skipLocked().fetchOptional();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        return dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, "RUNNING")
                .set(IMPORT_JOB.ATTEMPTS, IMPORT_JOB.ATTEMPTS.plus(1))
                .set(IMPORT_JOB.HEARTBEAT_AT, Timestamps.utc(now))
                .set(IMPORT_JOB.STARTED_AT, DSL.coalesce(IMPORT_JOB.STARTED_AT, DSL.val(Timestamps.utc(now))))
                .where(IMPORT_JOB.SHOP_ID.eq(next.get().value1()), IMPORT_JOB.IMPORT_ID.eq(next.get().value2()))
                .returning().fetchOptional().map(JooqImportJobs::toJob);
    }

    @Override
    public void progress(ShopId shopId, UUID id, long rowsDone, long imported, long duplicates,
                         long customersCreated, List<PurchaseFile.Error> errors, Instant now) {
        if (!errors.isEmpty()) {
            var insert = dsl.insertInto(IMPORT_ERROR, IMPORT_ERROR.SHOP_ID, IMPORT_ERROR.IMPORT_ID, IMPORT_ERROR.LINE,
                    IMPORT_ERROR.REASON);
            for (var e : errors) {
                insert = insert.values(shopId.value(), id, e.line(), fit(e.reason(), 300));
            }
            insert.onConflictDoNothing().execute();
        }
        dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.ROWS_DONE, rowsDone)
                .set(IMPORT_JOB.IMPORTED, IMPORT_JOB.IMPORTED.plus(imported))
                .set(IMPORT_JOB.DUPLICATES, IMPORT_JOB.DUPLICATES.plus(duplicates))
                .set(IMPORT_JOB.SKIPPED, IMPORT_JOB.SKIPPED.plus((long) errors.size()))
                .set(IMPORT_JOB.CUSTOMERS_CREATED, IMPORT_JOB.CUSTOMERS_CREATED.plus(customersCreated))
                .set(IMPORT_JOB.HEARTBEAT_AT, Timestamps.utc(now))
                .where(IMPORT_JOB.SHOP_ID.eq(shopId.value()), IMPORT_JOB.IMPORT_ID.eq(id))
                .execute();
    }

    @Override
    public void finish(ShopId shopId, UUID id, ImportJob.Status status, @Nullable String failure, Instant now) {
        dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, status.name())
                .set(IMPORT_JOB.FAILURE, failure)
                .set(IMPORT_JOB.FINISHED_AT, Timestamps.utc(now))
                .set(IMPORT_JOB.HEARTBEAT_AT, Timestamps.utc(now))
                .where(IMPORT_JOB.SHOP_ID.eq(shopId.value()), IMPORT_JOB.IMPORT_ID.eq(id))
                .execute();
        dsl.deleteFrom(IMPORT_CHUNK).where(IMPORT_CHUNK.SHOP_ID.eq(shopId.value()), IMPORT_CHUNK.IMPORT_ID.eq(id))
                .execute();
    }

    @Override
    public int failExhausted(int maxAttempts, Instant staleBefore, Instant now) {
        return dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, "FAILED")
                .set(IMPORT_JOB.FAILURE, "The import stopped " + maxAttempts + " times without finishing; "
                        + "what was imported stays (a new upload of the file adds only what is missing)")
                .set(IMPORT_JOB.FINISHED_AT, Timestamps.utc(now))
                .where(IMPORT_JOB.STATUS.eq("RUNNING"), IMPORT_JOB.ATTEMPTS.ge(maxAttempts),
                        IMPORT_JOB.HEARTBEAT_AT.lt(Timestamps.utc(staleBefore)))
                .execute();
    }

    @Override
    public List<PurchaseFile.Error> errors(ShopId shopId, UUID id, long afterLine, int limit) {
        return dsl.select(IMPORT_ERROR.LINE, IMPORT_ERROR.REASON).from(IMPORT_ERROR)
                .where(IMPORT_ERROR.SHOP_ID.eq(shopId.value()), IMPORT_ERROR.IMPORT_ID.eq(id),
                        IMPORT_ERROR.LINE.gt(afterLine))
                .orderBy(IMPORT_ERROR.LINE).limit(limit)
                .fetch(r -> new PurchaseFile.Error(r.value1(), r.value2()));
    }

    private static ImportJob toJob(ImportJobRecord r) {
        return new ImportJob(new ShopId(r.getShopId()), r.getImportId(), ImportJob.Status.valueOf(r.getStatus()),
                r.getAwardPoints(), r.getFileName(), r.getBytes(), r.getRowsTotal(), r.getRowsDone(),
                r.getImported(), r.getDuplicates(), r.getSkipped(), r.getCustomersCreated(), r.getFailure(),
                r.getCreatedBy(), r.getCreatedAt().toInstant(), Timestamps.instantOrNull(r.getStartedAt()),
                Timestamps.instantOrNull(r.getFinishedAt()));
    }

    /** Text cut to a column's width. */
    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
