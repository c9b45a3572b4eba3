package de.stammkunde.persistence.purchase;

import static de.stammkunde.persistence.jooq.Tables.PURCHASE;

import de.stammkunde.domain.purchase.Purchase;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.PurchaseRecord;
import de.stammkunde.persistence.support.Amounts;
import de.stammkunde.persistence.support.Timestamps;
import java.util.List;
import org.jooq.DSLContext;

final class JooqPurchases implements Purchases {
    private final DSLContext dsl;

    JooqPurchases(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Purchase purchase, Actor actor) {
        dsl.insertInto(PURCHASE)
                .set(PURCHASE.SHOP_ID, purchase.shopId().value())
                .set(PURCHASE.PURCHASE_ID, purchase.id().value())
                .set(PURCHASE.CUSTOMER_ID, purchase.customerId().value())
                .set(PURCHASE.AMOUNT, purchase.amount().amount())
                .set(PURCHASE.CURRENCY, purchase.amount().currencyCode())
                .set(PURCHASE.REFERENCE, purchase.reference())
                .set(PURCHASE.OCCURRED_AT, Timestamps.utc(purchase.occurredAt()))
                .set(PURCHASE.POINTS_EARNED, purchase.pointsEarned())
                .set(PURCHASE.CREATED_BY, actor.describe())
                .execute();
    }

    @Override
    public List<Purchase> ofCustomer(ShopId shopId, CustomerId customerId, int limit) {
        return dsl.selectFrom(PURCHASE)
                .where(PURCHASE.SHOP_ID.eq(shopId.value()), PURCHASE.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(PURCHASE.OCCURRED_AT.desc(), PURCHASE.CREATED_AT.desc())
                .limit(limit)
                .fetch(JooqPurchases::toPurchase);
    }

    private static Purchase toPurchase(PurchaseRecord r) {
        return new Purchase(new ShopId(r.getShopId()), new PurchaseId(r.getPurchaseId()),
                new CustomerId(r.getCustomerId()), Amounts.money(r.getAmount(), r.getCurrency()), r.getReference(),
                r.getOccurredAt().toInstant(), r.getPointsEarned());
    }
}
