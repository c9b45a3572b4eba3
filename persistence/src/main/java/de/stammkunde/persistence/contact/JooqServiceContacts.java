package de.stammkunde.persistence.contact;

import static de.stammkunde.persistence.jooq.Tables.SERVICE_CONTACT;

import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.contact.CustomerType;
import de.stammkunde.domain.contact.Direction;
import de.stammkunde.domain.contact.ServiceContact;
import de.stammkunde.domain.contact.ServiceContacts;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.ServiceContactRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

final class JooqServiceContacts implements ServiceContacts {
    private final DSLContext dsl;

    JooqServiceContacts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(ServiceContact c) {
        dsl.insertInto(SERVICE_CONTACT)
                .set(SERVICE_CONTACT.SHOP_ID, c.shopId().value())
                .set(SERVICE_CONTACT.CONTACT_ID, c.id())
                .set(SERVICE_CONTACT.CUSTOMER_ID, c.customerId().value())
                .set(SERVICE_CONTACT.CHANNEL, c.channel().name())
                .set(SERVICE_CONTACT.DIRECTION, c.direction().name())
                .set(SERVICE_CONTACT.RECEIVED_AT, Timestamps.utc(c.receivedAt()))
                .set(SERVICE_CONTACT.FIRST_RESPONSE_AT, Timestamps.utcOrNull(c.firstResponseAt()))
                .set(SERVICE_CONTACT.ENDED_AT, Timestamps.utcOrNull(c.endedAt()))
                .set(SERVICE_CONTACT.HANDLING_SECONDS,
                        c.handlingTime() == null ? null : Math.toIntExact(c.handlingTime().toSeconds()))
                .set(SERVICE_CONTACT.AGENT_ID, c.agentId())
                .set(SERVICE_CONTACT.TOPIC, c.topic())
                .set(SERVICE_CONTACT.NOTES, c.notes())
                .set(SERVICE_CONTACT.CUSTOMER_TYPE, c.customerType() == null ? null : c.customerType().name())
                .set(SERVICE_CONTACT.RECORDED_BY, c.recordedBy())
                .set(SERVICE_CONTACT.RECORDED_AT, Timestamps.utc(c.recordedAt()))
                .execute();
    }

    @Override
    public List<ServiceContact> ofCustomer(ShopId shopId, CustomerId customerId, @Nullable Instant beforeReceivedAt,
                                           @Nullable UUID beforeId, int limit) {
        Condition page = beforeReceivedAt == null || beforeId == null ? DSL.noCondition()
                : DSL.row(SERVICE_CONTACT.RECEIVED_AT, SERVICE_CONTACT.CONTACT_ID)
                        .lt(Timestamps.utc(beforeReceivedAt), beforeId);
        return dsl.selectFrom(SERVICE_CONTACT)
                .where(SERVICE_CONTACT.SHOP_ID.eq(shopId.value()), SERVICE_CONTACT.CUSTOMER_ID.eq(customerId.value()),
                        page)
                .orderBy(SERVICE_CONTACT.RECEIVED_AT.desc(), SERVICE_CONTACT.CONTACT_ID.desc())
                .limit(limit)
                .fetch(JooqServiceContacts::toContact);
    }

    private static ServiceContact toContact(ServiceContactRecord r) {
        return new ServiceContact(new ShopId(r.getShopId()), r.getContactId(), new CustomerId(r.getCustomerId()),
                Channel.valueOf(r.getChannel()), Direction.valueOf(r.getDirection()), r.getReceivedAt().toInstant(),
                Timestamps.instantOrNull(r.getFirstResponseAt()), Timestamps.instantOrNull(r.getEndedAt()),
                r.getHandlingSeconds() == null ? null : Duration.ofSeconds(r.getHandlingSeconds()),
                r.getAgentId(), r.getTopic(), r.getNotes(),
                r.getCustomerType() == null ? null : CustomerType.valueOf(r.getCustomerType()), r.getRecordedBy(),
                r.getRecordedAt().toInstant());
    }
}
