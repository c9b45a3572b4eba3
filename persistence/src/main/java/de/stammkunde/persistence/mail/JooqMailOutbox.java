package de.stammkunde.persistence.mail;

import static de.stammkunde.persistence.jooq.Tables.MAIL_OUTBOX;

import de.stammkunde.domain.mail.MailOutbox;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.mail.QueuedMail;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

final class JooqMailOutbox implements MailOutbox {
    private static final String PENDING = "PENDING";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final DSLContext dsl;

    JooqMailOutbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean enqueue(OutgoingMail mail, Instant now, Actor actor) {
        return dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.SHOP_ID, mail.shopId().value())
                .set(MAIL_OUTBOX.MAIL_ID, mail.id())
                .set(MAIL_OUTBOX.DEDUPE_KEY, mail.dedupeKey())
                .set(MAIL_OUTBOX.RECIPIENT, mail.recipient())
                .set(MAIL_OUTBOX.LANGUAGE, mail.language().code())
                .set(MAIL_OUTBOX.TEMPLATE, mail.template().name())
                .set(MAIL_OUTBOX.PARAMS, JSONB.valueOf(JSON.writeValueAsString(mail.params())))
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, Timestamps.utc(now))
                .set(MAIL_OUTBOX.CREATED_AT, Timestamps.utc(now))
                .set(MAIL_OUTBOX.CREATED_BY, actor.describe())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<QueuedMail> claimNextDue(Instant now) {
        while (true) {
            var row = dsl.selectFrom(MAIL_OUTBOX)
                    .where(MAIL_OUTBOX.STATUS.eq(DSL.inline(PENDING)),
                            MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(Timestamps.utc(now)))
                    .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT)
                    .limit(1)
                    .forUpdate().skipLocked()
                    .fetchOptional();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(toQueued(row.get()));
            } catch (RuntimeException e) {
                // Written by a newer version (another template or parameters), or damaged: it cannot be sent by
                // this one, and must not block the mails behind it.
                markFailed(new ShopId(row.get().getShopId()), row.get().getMailId(), row.get().getAttempts(),
                        "unreadable: " + e.getMessage());
            }
        }
    }

    @Override
    public void markSent(ShopId shopId, UUID mailId, int attempts, Instant sentAt) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, "SENT")
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.SENT_AT, Timestamps.utc(sentAt))
                .where(MAIL_OUTBOX.SHOP_ID.eq(shopId.value()), MAIL_OUTBOX.MAIL_ID.eq(mailId))
                .execute();
    }

    @Override
    public void markRetry(ShopId shopId, UUID mailId, int attempts, Instant nextAttemptAt, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, Timestamps.utc(nextAttemptAt))
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .where(MAIL_OUTBOX.SHOP_ID.eq(shopId.value()), MAIL_OUTBOX.MAIL_ID.eq(mailId))
                .execute();
    }

    @Override
    public void markFailed(ShopId shopId, UUID mailId, int attempts, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, "FAILED")
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .where(MAIL_OUTBOX.SHOP_ID.eq(shopId.value()), MAIL_OUTBOX.MAIL_ID.eq(mailId))
                .execute();
    }

    @Override
    public Counts counts(ShopId shopId) {
        var count = DSL.count();
        Map<String, Integer> byStatus = dsl.select(MAIL_OUTBOX.STATUS, count)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.SHOP_ID.eq(shopId.value()))
                .groupBy(MAIL_OUTBOX.STATUS)
                .fetchMap(MAIL_OUTBOX.STATUS, count);
        return new Counts(byStatus.getOrDefault(PENDING, 0), byStatus.getOrDefault("SENT", 0),
                byStatus.getOrDefault("FAILED", 0));
    }

    @Override
    public int deleteSentBefore(Instant before, int limit) {
        var batch = dsl.select(MAIL_OUTBOX.SHOP_ID, MAIL_OUTBOX.MAIL_ID).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(DSL.inline("SENT")), MAIL_OUTBOX.SENT_AT.lt(Timestamps.utc(before)))
                .limit(limit);
        return dsl.deleteFrom(MAIL_OUTBOX)
                .where(DSL.row(MAIL_OUTBOX.SHOP_ID, MAIL_OUTBOX.MAIL_ID).in(batch))
                .execute();
    }

    @Override
    public int retryFailed(ShopId shopId, Instant now) {
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, PENDING)
                .set(MAIL_OUTBOX.ATTEMPTS, 0)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, Timestamps.utc(now))
                .where(MAIL_OUTBOX.SHOP_ID.eq(shopId.value()), MAIL_OUTBOX.STATUS.eq("FAILED"))
                .execute();
    }

    @Override
    public List<Trouble> troubles(ShopId shopId, int limit) {
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.SHOP_ID.eq(shopId.value()), MAIL_OUTBOX.STATUS.ne("SENT"),
                        MAIL_OUTBOX.LAST_ERROR.isNotNull())
                .orderBy(MAIL_OUTBOX.CREATED_AT.desc())
                .limit(limit)
                .fetch(r -> new Trouble(r.getMailId(), r.getRecipient(), MailTemplate.valueOf(r.getTemplate()),
                        r.getStatus().equals("FAILED"), r.getAttempts(), r.getLastError(),
                        r.getCreatedAt().toInstant(),
                        r.getStatus().equals("FAILED") ? null : r.getNextAttemptAt().toInstant()));
    }

    private static QueuedMail toQueued(Record r) {
        OutgoingMail mail = new OutgoingMail(new ShopId(r.get(MAIL_OUTBOX.SHOP_ID)), r.get(MAIL_OUTBOX.MAIL_ID),
                r.get(MAIL_OUTBOX.DEDUPE_KEY), r.get(MAIL_OUTBOX.RECIPIENT),
                Language.of(r.get(MAIL_OUTBOX.LANGUAGE)).orElse(Language.DEFAULT),
                MailTemplate.valueOf(r.get(MAIL_OUTBOX.TEMPLATE)), JSON.readValue(r.get(MAIL_OUTBOX.PARAMS).data(), PARAMS));
        return new QueuedMail(mail, r.get(MAIL_OUTBOX.ATTEMPTS));
    }
}
