package de.stammkunde.persistence.purchase;

import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE_LINE;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE_RETURN;

import de.stammkunde.domain.purchase.Purchase;
import de.stammkunde.domain.purchase.PurchaseReturn;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.PurchaseRecord;
import de.stammkunde.persistence.support.Amounts;
import de.stammkunde.persistence.support.ProductCategories;
import de.stammkunde.persistence.support.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                .set(PURCHASE.POINTS_PENDING, purchase.pointsPending())
                .set(PURCHASE.RELEASE_AT, Timestamps.utcOrNull(purchase.releaseAt()))
                .set(PURCHASE.CREATED_BY, actor.describe())
                .execute();
    }

    @Override
    public void addLines(ShopId shopId, PurchaseId purchaseId, List<PurchaseLine> lines) {
        var insert = dsl.insertInto(PURCHASE_LINE, PURCHASE_LINE.SHOP_ID, PURCHASE_LINE.PURCHASE_ID,
                PURCHASE_LINE.LINE_NO, PURCHASE_LINE.CATEGORY, PURCHASE_LINE.NORMALISED, PURCHASE_LINE.AMOUNT);
        for (int i = 0; i < lines.size(); i++) {
            PurchaseLine line = lines.get(i);
            insert = insert.values(shopId.value(), purchaseId.value(), (short) (i + 1),
                    PurchaseLine.clean(line.category()), PurchaseLine.normalise(line.category()), line.amount());
        }
        insert.execute();
        ProductCategories.remember(dsl, shopId, lines.stream().map(PurchaseLine::category).toList());
    }

    @Override
    public Map<PurchaseId, List<PurchaseLine>> linesOf(ShopId shopId, Collection<PurchaseId> purchaseIds) {
        if (purchaseIds.isEmpty()) {
            return Map.of();
        }
        Map<PurchaseId, List<PurchaseLine>> lines = new LinkedHashMap<>();
        dsl.selectFrom(PURCHASE_LINE)
                .where(PURCHASE_LINE.SHOP_ID.eq(shopId.value()),
                        PURCHASE_LINE.PURCHASE_ID.in(purchaseIds.stream().map(PurchaseId::value).toList()))
                .orderBy(PURCHASE_LINE.PURCHASE_ID, PURCHASE_LINE.LINE_NO)
                .forEach(r -> lines.computeIfAbsent(new PurchaseId(r.getPurchaseId()), id -> new ArrayList<>())
                        .add(new PurchaseLine(r.getCategory(), r.getAmount())));
        return lines;
    }

    @Override
    public List<Purchase> ofCustomer(ShopId shopId, CustomerId customerId, int limit) {
        return dsl.selectFrom(PURCHASE)
                .where(PURCHASE.SHOP_ID.eq(shopId.value()), PURCHASE.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(PURCHASE.OCCURRED_AT.desc(), PURCHASE.CREATED_AT.desc())
                .limit(limit)
                .fetch(JooqPurchases::toPurchase);
    }

    @Override
    public Optional<Purchase> lockById(ShopId shopId, PurchaseId id) {
        return dsl.selectFrom(PURCHASE)
                .where(PURCHASE.SHOP_ID.eq(shopId.value()), PURCHASE.PURCHASE_ID.eq(id.value()))
                .forUpdate()
                .fetchOptional(JooqPurchases::toPurchase);
    }

    @Override
    public List<Purchase> dueForRelease(Instant now, int limit) {
        // Served by the partial index purchase_release_due_ix (release_at) WHERE points_pending > 0.
        return dsl.selectFrom(PURCHASE)
                .where(PURCHASE.POINTS_PENDING.gt(0L), PURCHASE.RELEASE_AT.le(Timestamps.utc(now)))
                .orderBy(PURCHASE.RELEASE_AT)
                .limit(limit)
                .fetch(JooqPurchases::toPurchase);
    }

    @Override
    public Optional<Instant> lastPurchaseAt(ShopId shopId, CustomerId customerId) {
        return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.max(PURCHASE.OCCURRED_AT)).from(PURCHASE)
                .where(PURCHASE.SHOP_ID.eq(shopId.value()), PURCHASE.CUSTOMER_ID.eq(customerId.value()))
                .fetchOne(0, java.time.OffsetDateTime.class)).map(java.time.OffsetDateTime::toInstant);
    }

    @Override
    public void setPointsPending(ShopId shopId, PurchaseId id, long pointsPending) {
        dsl.update(PURCHASE).set(PURCHASE.POINTS_PENDING, pointsPending)
                .where(PURCHASE.SHOP_ID.eq(shopId.value()), PURCHASE.PURCHASE_ID.eq(id.value()))
                .execute();
    }

    @Override
    public void addReturn(PurchaseReturn r, BigDecimal amountReturnedTotal, long pointsReversedTotal, Actor actor) {
        dsl.insertInto(PURCHASE_RETURN)
                .set(PURCHASE_RETURN.SHOP_ID, r.shopId().value())
                .set(PURCHASE_RETURN.RETURN_ID, r.id())
                .set(PURCHASE_RETURN.PURCHASE_ID, r.purchaseId().value())
                .set(PURCHASE_RETURN.AMOUNT, r.amount().amount())
                .set(PURCHASE_RETURN.POINTS_REVERSED, r.pointsReversed())
                .set(PURCHASE_RETURN.OCCURRED_AT, Timestamps.utc(r.occurredAt()))
                .set(PURCHASE_RETURN.CREATED_BY, actor.describe())
                .execute();
        dsl.update(PURCHASE)
                .set(PURCHASE.AMOUNT_RETURNED, amountReturnedTotal)
                .set(PURCHASE.POINTS_REVERSED, pointsReversedTotal)
                .where(PURCHASE.SHOP_ID.eq(r.shopId().value()), PURCHASE.PURCHASE_ID.eq(r.purchaseId().value()))
                .execute();
    }

    private static Purchase toPurchase(PurchaseRecord r) {
        var amount = Amounts.money(r.getAmount(), r.getCurrency());
        return new Purchase(new ShopId(r.getShopId()), new PurchaseId(r.getPurchaseId()),
                new CustomerId(r.getCustomerId()), amount, r.getReference(), r.getOccurredAt().toInstant(),
                r.getPointsEarned(), r.getPointsPending(), Timestamps.instantOrNull(r.getReleaseAt()),
                Amounts.money(r.getAmountReturned(), r.getCurrency()).amount(), r.getPointsReversed());
    }
}
