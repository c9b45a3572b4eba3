package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Use case and query: staff (or the shop's systems over the API) keep a customer's subscriptions. */
public final class ManageSubscriptions {
    public static final BigDecimal MAX_FEE = new BigDecimal("10000");

    private final Shops shops;
    private final Customers customers;
    private final Subscriptions subscriptions;
    private final AuditLog audit;
    private final Clock clock;

    public ManageSubscriptions(Shops shops, Customers customers, Subscriptions subscriptions, AuditLog audit,
                               Clock clock) {
        this.shops = shops;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Subscription> ofCustomer(ShopId shopId, CustomerId customerId) {
        customers.byId(shopId, customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        return subscriptions.ofCustomer(shopId, customerId);
    }

    public Subscription add(ShopId shopId, CustomerId customerId, String plan, BigDecimal monthlyFee,
                            LocalDate paidUntil, Actor actor) {
        customers.byId(shopId, customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        Shop shop = shops.byId(shopId).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Subscription s = new Subscription(shopId, UUID.randomUUID(), customerId, checkedPlan(plan),
                checkedFee(monthlyFee, shop), paidUntil, now);
        subscriptions.add(s);
        audit(s, "subscription.added", actor, now);
        return s;
    }

    public Subscription change(ShopId shopId, CustomerId customerId, UUID id, String plan, BigDecimal monthlyFee,
                               LocalDate paidUntil, Actor actor) {
        Shop shop = shops.byId(shopId).orElseThrow();
        Subscription s = subscriptions.lockById(shopId, id).filter(x -> x.customerId().equals(customerId))
                .orElseThrow(() -> new NotFoundException("subscription", id));
        Subscription changed = s.withPlan(checkedPlan(plan), checkedFee(monthlyFee, shop), paidUntil);
        subscriptions.update(changed);
        audit(changed, "subscription.changed", actor, clock.instant());
        return changed;
    }

    private static String checkedPlan(String plan) {
        if (plan.isBlank()) {
            Decision.reject("subscription-plan-required", "plan", "Name the plan").orThrow();
        }
        return plan.strip();
    }

    private static Money checkedFee(BigDecimal fee, Shop shop) {
        Money money = new Money(fee, shop.currency());
        if (!money.isPositive() || fee.compareTo(MAX_FEE) > 0 || !money.fitsCurrencyPrecision()) {
            Decision.reject("subscription-fee", "monthlyFee", "A monthly fee above 0 and at most {0}",
                    MAX_FEE.toPlainString()).orThrow();
        }
        return money;
    }

    private void audit(Subscription s, String action, Actor actor, Instant at) {
        audit.record(new AuditEvent(s.shopId(), actor, action, "customer", s.customerId().value().toString(),
                Map.of("plan", s.plan(), "monthlyFee", s.monthlyFee().toString(), "paidUntil",
                        s.paidUntil().toString()), at));
    }
}
