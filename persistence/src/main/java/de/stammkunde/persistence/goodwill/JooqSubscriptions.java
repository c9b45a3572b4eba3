package de.stammkunde.persistence.goodwill;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER_SUBSCRIPTION;

import de.stammkunde.domain.goodwill.Subscription;
import de.stammkunde.domain.goodwill.Subscriptions;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.CustomerSubscriptionRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

final class JooqSubscriptions implements Subscriptions {
    private final DSLContext dsl;

    JooqSubscriptions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Subscription s) {
        dsl.insertInto(CUSTOMER_SUBSCRIPTION)
                .set(CUSTOMER_SUBSCRIPTION.SHOP_ID, s.shopId().value())
                .set(CUSTOMER_SUBSCRIPTION.SUBSCRIPTION_ID, s.id())
                .set(CUSTOMER_SUBSCRIPTION.CUSTOMER_ID, s.customerId().value())
                .set(CUSTOMER_SUBSCRIPTION.PLAN, s.plan())
                .set(CUSTOMER_SUBSCRIPTION.MONTHLY_FEE, s.monthlyFee().amount())
                .set(CUSTOMER_SUBSCRIPTION.CURRENCY, s.monthlyFee().currencyCode())
                .set(CUSTOMER_SUBSCRIPTION.PAID_UNTIL, s.paidUntil())
                .set(CUSTOMER_SUBSCRIPTION.CREATED_AT, Timestamps.utc(s.createdAt()))
                .execute();
    }

    @Override
    public void update(Subscription s) {
        dsl.update(CUSTOMER_SUBSCRIPTION)
                .set(CUSTOMER_SUBSCRIPTION.PLAN, s.plan())
                .set(CUSTOMER_SUBSCRIPTION.MONTHLY_FEE, s.monthlyFee().amount())
                .set(CUSTOMER_SUBSCRIPTION.CURRENCY, s.monthlyFee().currencyCode())
                .set(CUSTOMER_SUBSCRIPTION.PAID_UNTIL, s.paidUntil())
                .where(CUSTOMER_SUBSCRIPTION.SHOP_ID.eq(s.shopId().value()),
                        CUSTOMER_SUBSCRIPTION.SUBSCRIPTION_ID.eq(s.id()))
                .execute();
    }

    @Override
    public Optional<Subscription> byId(ShopId shopId, UUID id) {
        return dsl.selectFrom(CUSTOMER_SUBSCRIPTION)
                .where(CUSTOMER_SUBSCRIPTION.SHOP_ID.eq(shopId.value()), CUSTOMER_SUBSCRIPTION.SUBSCRIPTION_ID.eq(id))
                .fetchOptional(JooqSubscriptions::toSubscription);
    }

    @Override
    public Optional<Subscription> lockById(ShopId shopId, UUID id) {
        return dsl.selectFrom(CUSTOMER_SUBSCRIPTION)
                .where(CUSTOMER_SUBSCRIPTION.SHOP_ID.eq(shopId.value()), CUSTOMER_SUBSCRIPTION.SUBSCRIPTION_ID.eq(id))
                .forUpdate()
                .fetchOptional(JooqSubscriptions::toSubscription);
    }

    @Override
    public List<Subscription> ofCustomer(ShopId shopId, CustomerId customerId) {
        return dsl.selectFrom(CUSTOMER_SUBSCRIPTION)
                .where(CUSTOMER_SUBSCRIPTION.SHOP_ID.eq(shopId.value()),
                        CUSTOMER_SUBSCRIPTION.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(CUSTOMER_SUBSCRIPTION.CREATED_AT, CUSTOMER_SUBSCRIPTION.SUBSCRIPTION_ID)
                .fetch(JooqSubscriptions::toSubscription);
    }

    private static Subscription toSubscription(CustomerSubscriptionRecord r) {
        return new Subscription(new ShopId(r.getShopId()), r.getSubscriptionId(), new CustomerId(r.getCustomerId()),
                r.getPlan(), new Money(r.getMonthlyFee(), Currency.getInstance(r.getCurrency())), r.getPaidUntil(),
                r.getCreatedAt().toInstant());
    }
}
