package de.stammkunde.persistence.customer;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER_ACTIVATION;
import static de.stammkunde.persistence.support.Timestamps.instantOrNull;
import static de.stammkunde.persistence.support.Timestamps.utc;

import de.stammkunde.domain.customer.PortalActivation;
import de.stammkunde.domain.customer.PortalActivations;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.CustomerActivationRecord;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

final class JooqPortalActivations implements PortalActivations {
    private final DSLContext dsl;

    JooqPortalActivations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(PortalActivation activation, Actor actor) {
        dsl.insertInto(CUSTOMER_ACTIVATION)
                .set(CUSTOMER_ACTIVATION.SHOP_ID, activation.shopId().value())
                .set(CUSTOMER_ACTIVATION.ACTIVATION_ID, activation.id())
                .set(CUSTOMER_ACTIVATION.CUSTOMER_ID, activation.customerId().value())
                .set(CUSTOMER_ACTIVATION.TOKEN_HASH, activation.tokenHash())
                .set(CUSTOMER_ACTIVATION.EXPIRES_AT, utc(activation.expiresAt()))
                .set(CUSTOMER_ACTIVATION.CREATED_BY, actor.describe())
                .execute();
    }

    @Override
    public Optional<PortalActivation> byTokenHash(String tokenHash) {
        return dsl.selectFrom(CUSTOMER_ACTIVATION).where(CUSTOMER_ACTIVATION.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(JooqPortalActivations::toActivation);
    }

    @Override
    public boolean markUsed(ShopId shopId, UUID id, Instant at) {
        return dsl.update(CUSTOMER_ACTIVATION)
                .set(CUSTOMER_ACTIVATION.USED_AT, utc(at))
                .where(CUSTOMER_ACTIVATION.SHOP_ID.eq(shopId.value()), CUSTOMER_ACTIVATION.ACTIVATION_ID.eq(id),
                        CUSTOMER_ACTIVATION.USED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public void revokeOpen(ShopId shopId, CustomerId customerId, Instant at) {
        dsl.update(CUSTOMER_ACTIVATION)
                .set(CUSTOMER_ACTIVATION.USED_AT, utc(at))
                .where(CUSTOMER_ACTIVATION.SHOP_ID.eq(shopId.value()),
                        CUSTOMER_ACTIVATION.CUSTOMER_ID.eq(customerId.value()), CUSTOMER_ACTIVATION.USED_AT.isNull())
                .execute();
    }

    private static PortalActivation toActivation(CustomerActivationRecord r) {
        return new PortalActivation(new ShopId(r.getShopId()), r.getActivationId(), new CustomerId(r.getCustomerId()),
                r.getTokenHash(), r.getExpiresAt().toInstant(), instantOrNull(r.getUsedAt()));
    }
}
