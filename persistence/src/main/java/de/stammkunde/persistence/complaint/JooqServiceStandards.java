package de.stammkunde.persistence.complaint;

import static de.stammkunde.persistence.jooq.Tables.COMPLAINT_CASE;
import static de.stammkunde.persistence.jooq.Tables.SERVICE_CONTACT;
import static de.stammkunde.persistence.jooq.Tables.SERVICE_STANDARD;

import de.stammkunde.domain.complaint.CaseStep;
import de.stammkunde.domain.complaint.ServiceStandard;
import de.stammkunde.domain.complaint.ServiceStandards;
import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.persistence.support.Timestamps;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

final class JooqServiceStandards implements ServiceStandards {
    private final DSLContext dsl;

    JooqServiceStandards(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ServiceStandard> all(ShopId shopId) {
        return dsl.selectFrom(SERVICE_STANDARD).where(SERVICE_STANDARD.SHOP_ID.eq(shopId.value()))
                .orderBy(SERVICE_STANDARD.CREATED_AT, SERVICE_STANDARD.STANDARD_ID)
                .fetch(r -> new ServiceStandard(r.getStandardId(), r.getName(),
                        ServiceStandard.Metric.valueOf(r.getMetric()),
                        r.getChannel() == null ? null : Channel.valueOf(r.getChannel()),
                        Duration.ofSeconds(r.getThresholdSeconds()), r.getTargetPercent()));
    }

    @Override
    public void add(ShopId shopId, ServiceStandard s) {
        dsl.insertInto(SERVICE_STANDARD)
                .set(SERVICE_STANDARD.SHOP_ID, shopId.value())
                .set(SERVICE_STANDARD.STANDARD_ID, s.id())
                .set(SERVICE_STANDARD.NAME, s.name())
                .set(SERVICE_STANDARD.METRIC, s.metric().name())
                .set(SERVICE_STANDARD.CHANNEL, s.channel() == null ? null : s.channel().name())
                .set(SERVICE_STANDARD.THRESHOLD_SECONDS, s.threshold().toSeconds())
                .set(SERVICE_STANDARD.TARGET_PERCENT, s.targetPercent())
                .execute();
    }

    @Override
    public boolean remove(ShopId shopId, UUID id) {
        return dsl.deleteFrom(SERVICE_STANDARD)
                .where(SERVICE_STANDARD.SHOP_ID.eq(shopId.value()), SERVICE_STANDARD.STANDARD_ID.eq(id))
                .execute() == 1;
    }

    @Override
    public List<Measurement> measurements(ShopId shopId, ServiceStandard.Metric metric, @Nullable Channel channel,
                                          Instant from, Instant until) {
        return switch (metric) {
            case FIRST_RESPONSE, HANDLING -> {
                Condition where = SERVICE_CONTACT.SHOP_ID.eq(shopId.value())
                        .and(SERVICE_CONTACT.RECEIVED_AT.ge(Timestamps.utc(from)))
                        .and(SERVICE_CONTACT.RECEIVED_AT.lt(Timestamps.utc(until)))
                        .and(metric == ServiceStandard.Metric.FIRST_RESPONSE
                                ? SERVICE_CONTACT.FIRST_RESPONSE_AT.isNotNull()
                                : SERVICE_CONTACT.HANDLING_SECONDS.isNotNull());
                if (channel != null) {
                    where = where.and(SERVICE_CONTACT.CHANNEL.eq(channel.name()));
                }
                Field<BigDecimal> seconds = metric == ServiceStandard.Metric.FIRST_RESPONSE
                        ? DSL.field("extract(epoch from ({0} - {1}))", BigDecimal.class,
                                SERVICE_CONTACT.FIRST_RESPONSE_AT, SERVICE_CONTACT.RECEIVED_AT)
                        : SERVICE_CONTACT.HANDLING_SECONDS.cast(BigDecimal.class);
                yield dsl.select(SERVICE_CONTACT.CHANNEL, SERVICE_CONTACT.AGENT_ID, seconds)
                        .from(SERVICE_CONTACT).where(where)
                        .fetch(r -> new Measurement(Channel.valueOf(r.value1()),
                                r.value2() == null ? null : new StaffId(r.value2()),
                                Duration.ofMillis(r.value3().movePointRight(3).longValue())));
            }
            case RESOLUTION -> {
                Condition where = COMPLAINT_CASE.SHOP_ID.eq(shopId.value())
                        .and(COMPLAINT_CASE.STEP.eq(CaseStep.CLOSED.name()))
                        .and(COMPLAINT_CASE.RECEIVED_AT.ge(Timestamps.utc(from)))
                        .and(COMPLAINT_CASE.RECEIVED_AT.lt(Timestamps.utc(until)));
                if (channel != null) {
                    where = where.and(COMPLAINT_CASE.CHANNEL.eq(channel.name()));
                }
                yield dsl.select(COMPLAINT_CASE.CHANNEL, COMPLAINT_CASE.ASSIGNEE_ID, COMPLAINT_CASE.RECEIVED_AT,
                                COMPLAINT_CASE.CLOSED_AT)
                        .from(COMPLAINT_CASE).where(where)
                        .fetch(r -> new Measurement(Channel.valueOf(r.value1()),
                                r.value2() == null ? null : new StaffId(r.value2()),
                                Duration.between(r.value3().toInstant(), r.value4().toInstant())));
            }
        };
    }
}
