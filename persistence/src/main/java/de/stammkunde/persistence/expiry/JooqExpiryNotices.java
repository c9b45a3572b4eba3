package de.stammkunde.persistence.expiry;

import static de.stammkunde.persistence.jooq.Tables.EXPIRY_NOTICE;

import de.stammkunde.domain.expiry.ExpiryNotices;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.LocalDate;
import org.jooq.DSLContext;

final class JooqExpiryNotices implements ExpiryNotices {
    private final DSLContext dsl;

    JooqExpiryNotices(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean record(ShopId shopId, CustomerId customerId, LocalDate expiresOn, long points, Actor actor) {
        return dsl.insertInto(EXPIRY_NOTICE)
                .set(EXPIRY_NOTICE.SHOP_ID, shopId.value())
                .set(EXPIRY_NOTICE.CUSTOMER_ID, customerId.value())
                .set(EXPIRY_NOTICE.EXPIRES_ON, expiresOn)
                .set(EXPIRY_NOTICE.POINTS, points)
                .set(EXPIRY_NOTICE.CREATED_BY, actor.describe())
                .onConflictDoNothing()
                .execute() == 1;
    }
}
