package de.stammkunde.persistence.audit;

import static de.stammkunde.persistence.jooq.Tables.AUDIT_LOG;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.AuditLogRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

final class JooqAuditLog implements AuditLog {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };
    private final DSLContext dsl;

    JooqAuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(AuditEvent event) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.SHOP_ID, event.shopId().value())
                .set(AUDIT_LOG.AUDIT_ID, UUID.randomUUID())
                .set(AUDIT_LOG.OCCURRED_AT, Timestamps.utc(event.occurredAt()))
                .set(AUDIT_LOG.ACTOR, event.actor().describe())
                .set(AUDIT_LOG.ACTION, event.action())
                .set(AUDIT_LOG.TARGET_TYPE, event.targetType())
                .set(AUDIT_LOG.TARGET_ID, event.targetId())
                .set(AUDIT_LOG.DETAILS, JSONB.valueOf(JSON.writeValueAsString(new TreeMap<>(event.details()))))
                .set(AUDIT_LOG.CREATED_BY, event.actor().describe())
                .execute();
    }

    @Override
    public List<AuditEvent> latest(ShopId shopId, int limit) {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.SHOP_ID.eq(shopId.value()))
                .orderBy(AUDIT_LOG.AUDIT_SEQ.desc())
                .limit(limit)
                .fetch(JooqAuditLog::toEvent);
    }

    @Override
    public List<Entry> page(ShopId shopId, List<String> actionPrefixes, @Nullable Long beforeSeq, int limit) {
        Condition condition = AUDIT_LOG.SHOP_ID.eq(shopId.value());
        if (beforeSeq != null) {
            condition = condition.and(AUDIT_LOG.AUDIT_SEQ.lt(beforeSeq));
        }
        if (!actionPrefixes.isEmpty()) {
            condition = condition.and(DSL.or(actionPrefixes.stream()
                    .map(prefix -> AUDIT_LOG.ACTION.startsWith(prefix)).toList()));
        }
        return dsl.selectFrom(AUDIT_LOG).where(condition)
                .orderBy(AUDIT_LOG.AUDIT_SEQ.desc())
                .limit(limit)
                .fetch(r -> new Entry(r.getAuditSeq(), toEvent(r)));
    }

    private static AuditEvent toEvent(AuditLogRecord r) {
        Map<String, String> details = JSON.readValue(r.getDetails().data(), DETAILS);
        return new AuditEvent(new ShopId(r.getShopId()), parseActor(r.getActor()), r.getAction(), r.getTargetType(),
                r.getTargetId(), details, r.getOccurredAt().toInstant());
    }

    private static Actor parseActor(String value) {
        int colon = value.indexOf(':');
        Actor.Kind kind = Actor.Kind.valueOf((colon < 0 ? value : value.substring(0, colon)).toUpperCase(Locale.ROOT));
        return new Actor(kind, colon < 0 ? null : UUID.fromString(value.substring(colon + 1)));
    }
}
