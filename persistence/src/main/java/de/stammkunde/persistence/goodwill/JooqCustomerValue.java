package de.stammkunde.persistence.goodwill;

import static de.stammkunde.persistence.jooq.Tables.CLV_SCORE;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE;

import de.stammkunde.domain.goodwill.CustomerValue;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The customer's lifetime value from the last scoring run (basis {@code CLV}); before the first run, or for a customer
 * without purchases then, the net revenue to date (purchases less what was returned).
 */
final class JooqCustomerValue implements CustomerValue {
    private final DSLContext dsl;

    JooqCustomerValue(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Value of(ShopId shopId, CustomerId customerId) {
        BigDecimal clv = dsl.select(CLV_SCORE.CLV).from(CLV_SCORE)
                .where(CLV_SCORE.SHOP_ID.eq(shopId.value()), CLV_SCORE.CUSTOMER_ID.eq(customerId.value()))
                .fetchOne(CLV_SCORE.CLV);
        if (clv != null) {
            return new Value(clv, "CLV");
        }
        BigDecimal revenue = dsl.select(DSL.sum(PURCHASE.AMOUNT.minus(PURCHASE.AMOUNT_RETURNED)))
                .from(PURCHASE)
                .where(PURCHASE.SHOP_ID.eq(shopId.value()), PURCHASE.CUSTOMER_ID.eq(customerId.value()))
                .fetchOne(0, BigDecimal.class);
        return new Value(revenue == null ? BigDecimal.ZERO : revenue, "REVENUE_TO_DATE");
    }
}
