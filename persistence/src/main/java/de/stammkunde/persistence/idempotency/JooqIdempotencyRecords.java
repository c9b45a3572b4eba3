package de.stammkunde.persistence.idempotency;

import static de.stammkunde.persistence.jooq.Tables.IDEMPOTENCY_RECORD;

import de.stammkunde.domain.idempotency.IdempotencyRecords;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * INSERT … ON CONFLICT DO NOTHING claims the caller's key. If another transaction holds an uncommitted claim for the
 * same key of the same caller, PostgreSQL makes this insert wait for it; afterwards the stored outcome is read and
 * replayed.
 */
final class JooqIdempotencyRecords implements IdempotencyRecords {
    private final DSLContext dsl;

    JooqIdempotencyRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Claim claim(ShopId shopId, Actor caller, String key, String requestFingerprint) {
        int inserted = dsl.insertInto(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.SHOP_ID, shopId.value())
                .set(IDEMPOTENCY_RECORD.CALLER, caller.describe())
                .set(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY, key)
                .set(IDEMPOTENCY_RECORD.REQUEST_FINGERPRINT, requestFingerprint)
                .set(IDEMPOTENCY_RECORD.CREATED_BY, caller.describe())
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) {
            return new Claim.Claimed();
        }
        var existing = dsl.selectFrom(IDEMPOTENCY_RECORD).where(ofCaller(shopId, caller, key)).fetchSingle();
        if (!existing.getRequestFingerprint().equals(requestFingerprint)) {
            return new Claim.Mismatch();
        }
        if (existing.getResponseStatus() == null || existing.getResponseBody() == null) {
            throw new IllegalStateException("idempotency record without a response: " + key);
        }
        return new Claim.Replay(existing.getResponseStatus(), existing.getResponseBody());
    }

    @Override
    public void complete(ShopId shopId, Actor caller, String key, int status, String body) {
        dsl.update(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.RESPONSE_STATUS, status)
                .set(IDEMPOTENCY_RECORD.RESPONSE_BODY, body)
                .set(IDEMPOTENCY_RECORD.COMPLETED_AT, DSL.currentOffsetDateTime())
                .where(ofCaller(shopId, caller, key))
                .execute();
    }

    @Override
    public int deleteCreatedBefore(Instant before, int limit) {
        var r = IDEMPOTENCY_RECORD;
        var batch = dsl.select(r.SHOP_ID, r.CALLER, r.IDEMPOTENCY_KEY).from(r)
                .where(r.CREATED_AT.lt(Timestamps.utc(before)))
                .limit(limit);
        return dsl.deleteFrom(r)
                .where(DSL.row(r.SHOP_ID, r.CALLER, r.IDEMPOTENCY_KEY).in(batch))
                .execute();
    }

    private static Condition ofCaller(ShopId shopId, Actor caller, String key) {
        return IDEMPOTENCY_RECORD.SHOP_ID.eq(shopId.value())
                .and(IDEMPOTENCY_RECORD.CALLER.eq(caller.describe()))
                .and(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key));
    }
}
