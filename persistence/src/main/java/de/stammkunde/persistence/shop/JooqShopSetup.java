package de.stammkunde.persistence.shop;

import static de.stammkunde.persistence.jooq.Tables.API_KEY;
import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.LOYALTY_PROGRAMME;
import static de.stammkunde.persistence.jooq.Tables.REWARD;
import static de.stammkunde.persistence.jooq.Tables.SHOP;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;

import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.ShopSetup;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The checklist from what exists: the programme counts as saved once its last change is later than its creation
 * (sign-up writes both in one transaction, so they are equal until the owner saves).
 */
final class JooqShopSetup implements ShopSetup {
    private final DSLContext dsl;

    JooqShopSetup(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Progress progress(ShopId shopId) {
        UUID shop = shopId.value();
        // customers: only whether there is one (a count of a big shop would scan for nothing)
        return dsl.select(
                        exists(selectOne().from(LOYALTY_PROGRAMME).where(LOYALTY_PROGRAMME.SHOP_ID.eq(shop),
                                LOYALTY_PROGRAMME.UPDATED_AT.gt(LOYALTY_PROGRAMME.CREATED_AT))),
                        field(selectCount().from(REWARD).where(REWARD.SHOP_ID.eq(shop), REWARD.ACTIVE.isTrue())),
                        when(exists(selectOne().from(CUSTOMER).where(CUSTOMER.SHOP_ID.eq(shop))), 1L).otherwise(0L),
                        field(selectCount().from(API_KEY).where(API_KEY.SHOP_ID.eq(shop), API_KEY.REVOKED_AT.isNull())),
                        SHOP.SETUP_DISMISSED_AT.isNotNull())
                .from(SHOP).where(SHOP.SHOP_ID.eq(shop))
                .fetchOptional(r -> new Progress(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()))
                .orElse(new Progress(false, 0, 0, 0, false));
    }

    @Override
    public void dismiss(ShopId shopId, Instant at) {
        dsl.update(SHOP).set(SHOP.SETUP_DISMISSED_AT, Timestamps.utc(at))
                .where(SHOP.SHOP_ID.eq(shopId.value()), SHOP.SETUP_DISMISSED_AT.isNull())
                .execute();
    }
}
