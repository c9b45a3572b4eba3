package de.stammkunde.persistence.outbox;

import static de.stammkunde.persistence.jooq.Tables.OUTBOX_MESSAGE;

import de.stammkunde.domain.outbox.Lease;
import de.stammkunde.domain.outbox.Outbox;
import de.stammkunde.domain.outbox.OutboxMessage;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.OutboxMessageRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * The outbox table. A claim is one statement: pick the oldest due row, skipping rows another claimer has locked,
 * and mark it SENDING with a fresh lease token and {@code next_attempt_at} set to the end of the lease — so a row
 * whose deliverer died is due again when its lease runs out. Settling a lease checks the token.
 */
final class JooqOutbox implements Outbox {
    private static final String PENDING = "PENDING";
    private static final String SENDING = "SENDING";
    private static final String DONE = "DONE";
    private static final String FAILED = "FAILED";
    private static final String HELD = "HELD";

    private final DSLContext dsl;

    JooqOutbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(OutboxMessage message, Instant now, Actor actor) {
        return insert(message, PENDING, now, actor);
    }

    @Override
    public boolean addHeld(OutboxMessage message, Instant now, Actor actor) {
        return insert(message, HELD, now, actor);
    }

    @Override
    public int release(ShopId shopId, String topic, Instant now) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, PENDING)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, Timestamps.utc(now))
                .where(OUTBOX_MESSAGE.SHOP_ID.eq(shopId.value()), OUTBOX_MESSAGE.TOPIC.eq(topic),
                        OUTBOX_MESSAGE.STATUS.eq(HELD))
                .execute();
    }

    private boolean insert(OutboxMessage message, String status, Instant now, Actor actor) {
        return dsl.insertInto(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.SHOP_ID, message.shopId().value())
                .set(OUTBOX_MESSAGE.MESSAGE_ID, message.id())
                .set(OUTBOX_MESSAGE.TOPIC, message.topic())
                .set(OUTBOX_MESSAGE.PAYLOAD_TYPE, message.payloadType())
                .set(OUTBOX_MESSAGE.DEDUPE_KEY, message.dedupeKey())
                .set(OUTBOX_MESSAGE.PAYLOAD, JSONB.valueOf(message.payload()))
                .set(OUTBOX_MESSAGE.STATUS, status)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, Timestamps.utc(now))
                .set(OUTBOX_MESSAGE.CREATED_AT, Timestamps.utc(now))
                .set(OUTBOX_MESSAGE.CREATED_BY, actor.describe())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<Lease> claimNext(Instant now, Duration leaseFor) {
        var o = OUTBOX_MESSAGE;
        var next = dsl.select(o.SHOP_ID, o.MESSAGE_ID).from(o)
                .where(o.STATUS.in(DSL.inline(PENDING), DSL.inline(SENDING)), o.NEXT_ATTEMPT_AT.le(Timestamps.utc(now)))
                .orderBy(o.NEXT_ATTEMPT_AT)
                .limit(1)
                .forUpdate().skipLocked();
        UUID token = UUID.randomUUID();
        Instant until = now.plus(leaseFor);
        return dsl.update(o)
                .set(o.STATUS, SENDING)
                .set(o.LEASE_TOKEN, token)
                .set(o.NEXT_ATTEMPT_AT, Timestamps.utc(until))
                .set(o.ATTEMPTS, o.ATTEMPTS.plus(1))
                .where(DSL.row(o.SHOP_ID, o.MESSAGE_ID).in(next))
                .returning()
                .fetchOptional()
                .map(r -> new Lease(toMessage(r), r.getAttempts(), token, until));
    }

    @Override
    public boolean done(Lease lease, Instant at) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, DONE)
                .set(OUTBOX_MESSAGE.LEASE_TOKEN, (UUID) null)
                .set(OUTBOX_MESSAGE.DONE_AT, Timestamps.utc(at))
                .where(held(lease))
                .execute() == 1;
    }

    @Override
    public boolean retryAt(Lease lease, Instant at, String error) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, PENDING)
                .set(OUTBOX_MESSAGE.LEASE_TOKEN, (UUID) null)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, Timestamps.utc(at))
                .set(OUTBOX_MESSAGE.LAST_ERROR, error)
                .where(held(lease))
                .execute() == 1;
    }

    @Override
    public boolean giveUp(Lease lease, String error) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, FAILED)
                .set(OUTBOX_MESSAGE.LEASE_TOKEN, (UUID) null)
                .set(OUTBOX_MESSAGE.LAST_ERROR, error)
                .where(held(lease))
                .execute() == 1;
    }

    private static Condition held(Lease lease) {
        return OUTBOX_MESSAGE.SHOP_ID.eq(lease.message().shopId().value())
                .and(OUTBOX_MESSAGE.MESSAGE_ID.eq(lease.message().id()))
                .and(OUTBOX_MESSAGE.STATUS.eq(SENDING))
                .and(OUTBOX_MESSAGE.LEASE_TOKEN.eq(lease.token()));
    }

    @Override
    public Counts counts(ShopId shopId, String topic) {
        var count = DSL.count();
        Map<String, Integer> byStatus = dsl.select(OUTBOX_MESSAGE.STATUS, count)
                .from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.SHOP_ID.eq(shopId.value()), OUTBOX_MESSAGE.TOPIC.eq(topic))
                .groupBy(OUTBOX_MESSAGE.STATUS)
                .fetchMap(OUTBOX_MESSAGE.STATUS, count);
        return new Counts(byStatus.getOrDefault(PENDING, 0) + byStatus.getOrDefault(SENDING, 0),
                byStatus.getOrDefault(DONE, 0), byStatus.getOrDefault(FAILED, 0), byStatus.getOrDefault(HELD, 0));
    }

    @Override
    public List<Trouble> troubles(ShopId shopId, String topic, int limit) {
        return dsl.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.SHOP_ID.eq(shopId.value()), OUTBOX_MESSAGE.TOPIC.eq(topic),
                        OUTBOX_MESSAGE.STATUS.ne(DONE), OUTBOX_MESSAGE.LAST_ERROR.isNotNull())
                .orderBy(OUTBOX_MESSAGE.CREATED_AT.desc())
                .limit(limit)
                .fetch(r -> new Trouble(toMessage(r), r.getStatus().equals(FAILED), r.getAttempts(),
                        r.getLastError(), r.getCreatedAt().toInstant(),
                        r.getStatus().equals(FAILED) ? null : r.getNextAttemptAt().toInstant()));
    }

    @Override
    public int retryGivenUp(ShopId shopId, String topic, Instant now) {
        return dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, PENDING)
                .set(OUTBOX_MESSAGE.ATTEMPTS, 0)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, Timestamps.utc(now))
                .where(OUTBOX_MESSAGE.SHOP_ID.eq(shopId.value()), OUTBOX_MESSAGE.TOPIC.eq(topic),
                        OUTBOX_MESSAGE.STATUS.eq(FAILED))
                .execute();
    }

    @Override
    public int deleteDoneBefore(Instant before, int limit) {
        var batch = dsl.select(OUTBOX_MESSAGE.SHOP_ID, OUTBOX_MESSAGE.MESSAGE_ID).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.STATUS.eq(DSL.inline(DONE)), OUTBOX_MESSAGE.DONE_AT.lt(Timestamps.utc(before)))
                .limit(limit);
        return dsl.deleteFrom(OUTBOX_MESSAGE)
                .where(DSL.row(OUTBOX_MESSAGE.SHOP_ID, OUTBOX_MESSAGE.MESSAGE_ID).in(batch))
                .execute();
    }

    private static OutboxMessage toMessage(OutboxMessageRecord r) {
        return new OutboxMessage(new ShopId(r.getShopId()), r.getMessageId(), r.getTopic(), r.getPayloadType(),
                r.getDedupeKey(), r.getPayload().data());
    }
}
