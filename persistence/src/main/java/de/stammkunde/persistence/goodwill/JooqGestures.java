package de.stammkunde.persistence.goodwill;

import static de.stammkunde.persistence.jooq.Tables.GOODWILL_AGENT_LIMIT;
import static de.stammkunde.persistence.jooq.Tables.GOODWILL_GESTURE;
import static de.stammkunde.persistence.jooq.Tables.GOODWILL_POLICY;

import de.stammkunde.domain.goodwill.AgentLimits;
import de.stammkunde.domain.goodwill.Gesture;
import de.stammkunde.domain.goodwill.GestureKind;
import de.stammkunde.domain.goodwill.Gestures;
import de.stammkunde.domain.goodwill.GoodwillPolicy;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.persistence.jooq.tables.records.GoodwillGestureRecord;
import de.stammkunde.persistence.jooq.tables.records.GoodwillPolicyRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

final class JooqGestures implements Gestures {
    private final DSLContext dsl;

    JooqGestures(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public GoodwillPolicy lockPolicy(ShopId shopId) {
        // The policy row is the shop's goodwill lock: created with the defaults on first use, then held.
        GoodwillPolicy d = GoodwillPolicy.DEFAULT;
        dsl.insertInto(GOODWILL_POLICY)
                .set(GOODWILL_POLICY.SHOP_ID, shopId.value())
                .set(GOODWILL_POLICY.POINT_VALUE, d.pointValue())
                .set(GOODWILL_POLICY.MONTHLY_BUDGET, d.monthlyBudget())
                .set(GOODWILL_POLICY.PER_GESTURE, d.agentLimits().perGesture())
                .set(GOODWILL_POLICY.PER_CASE, d.agentLimits().perCase())
                .set(GOODWILL_POLICY.PER_MONTH, d.agentLimits().perMonth())
                .onConflictDoNothing()
                .execute();
        GoodwillPolicyRecord r = dsl.selectFrom(GOODWILL_POLICY).where(GOODWILL_POLICY.SHOP_ID.eq(shopId.value()))
                .forUpdate().fetchSingle();
        return toPolicy(r, agentLimits(shopId));
    }

    @Override
    public GoodwillPolicy policy(ShopId shopId) {
        return dsl.selectFrom(GOODWILL_POLICY).where(GOODWILL_POLICY.SHOP_ID.eq(shopId.value()))
                .fetchOptional()
                .map(r -> toPolicy(r, agentLimits(shopId)))
                .orElse(GoodwillPolicy.DEFAULT);
    }

    @Override
    public void savePolicy(ShopId shopId, GoodwillPolicy p) {
        dsl.update(GOODWILL_POLICY)
                .set(GOODWILL_POLICY.POINT_VALUE, p.pointValue())
                .set(GOODWILL_POLICY.MONTHLY_BUDGET, p.monthlyBudget())
                .set(GOODWILL_POLICY.PER_GESTURE, p.agentLimits().perGesture())
                .set(GOODWILL_POLICY.PER_CASE, p.agentLimits().perCase())
                .set(GOODWILL_POLICY.PER_MONTH, p.agentLimits().perMonth())
                .where(GOODWILL_POLICY.SHOP_ID.eq(shopId.value()))
                .execute();
        dsl.deleteFrom(GOODWILL_AGENT_LIMIT).where(GOODWILL_AGENT_LIMIT.SHOP_ID.eq(shopId.value())).execute();
        p.limitsOf().forEach((staff, l) -> dsl.insertInto(GOODWILL_AGENT_LIMIT)
                .set(GOODWILL_AGENT_LIMIT.SHOP_ID, shopId.value())
                .set(GOODWILL_AGENT_LIMIT.STAFF_ID, staff.value())
                .set(GOODWILL_AGENT_LIMIT.PER_GESTURE, l.perGesture())
                .set(GOODWILL_AGENT_LIMIT.PER_CASE, l.perCase())
                .set(GOODWILL_AGENT_LIMIT.PER_MONTH, l.perMonth())
                .execute());
    }

    @Override
    public void add(Gesture g) {
        GoodwillGestureRecord r = dsl.newRecord(GOODWILL_GESTURE);
        r.setShopId(g.shopId().value());
        r.setGestureId(g.id());
        r.setCaseId(g.caseId());
        r.setCustomerId(g.customerId().value());
        r.setKind(g.kind().name());
        r.setPoints(g.points());
        r.setRewardId(g.rewardId());
        r.setSubscriptionId(g.subscriptionId());
        r.setMonths(g.months());
        r.setDescription(g.description());
        r.setCost(g.cost().amount());
        r.setCurrency(g.cost().currencyCode());
        r.setOverLimits(g.overLimits().stream().map(Enum::name).collect(Collectors.joining(",")));
        r.setRequestedBy(g.requestedBy().value());
        r.setRequestedAt(Timestamps.utc(g.requestedAt()));
        state(g, r);
        r.insert();
    }

    @Override
    public void update(Gesture g) {
        GoodwillGestureRecord r = dsl.newRecord(GOODWILL_GESTURE);
        state(g, r);
        dsl.update(GOODWILL_GESTURE).set(r)
                .where(GOODWILL_GESTURE.SHOP_ID.eq(g.shopId().value()), GOODWILL_GESTURE.GESTURE_ID.eq(g.id()))
                .execute();
    }

    private static void state(Gesture g, GoodwillGestureRecord r) {
        r.setVoucherId(g.voucherId());
        r.setStatus(g.status().name());
        r.setDecidedBy(g.decidedBy() == null ? null : g.decidedBy().value());
        r.setDecidedAt(Timestamps.utcOrNull(g.decidedAt()));
        r.setDecisionReason(g.decisionReason());
        r.setIssuedAt(Timestamps.utcOrNull(g.issuedAt()));
        r.setRefundPaidAt(Timestamps.utcOrNull(g.refundPaidAt()));
    }

    @Override
    public Optional<Gesture> byId(ShopId shopId, UUID gestureId) {
        return dsl.selectFrom(GOODWILL_GESTURE)
                .where(GOODWILL_GESTURE.SHOP_ID.eq(shopId.value()), GOODWILL_GESTURE.GESTURE_ID.eq(gestureId))
                .fetchOptional(JooqGestures::toGesture);
    }

    @Override
    public BigDecimal issuedCost(ShopId shopId, @Nullable UUID caseId, @Nullable StaffId requestedBy,
                                 @Nullable Instant from, @Nullable Instant until) {
        Condition where = GOODWILL_GESTURE.SHOP_ID.eq(shopId.value())
                .and(GOODWILL_GESTURE.STATUS.eq(Gesture.Status.ISSUED.name()));
        if (caseId != null) {
            where = where.and(GOODWILL_GESTURE.CASE_ID.eq(caseId));
        }
        if (requestedBy != null) {
            where = where.and(GOODWILL_GESTURE.REQUESTED_BY.eq(requestedBy.value()));
        }
        if (from != null) {
            where = where.and(GOODWILL_GESTURE.ISSUED_AT.ge(Timestamps.utc(from)));
        }
        if (until != null) {
            where = where.and(GOODWILL_GESTURE.ISSUED_AT.lt(Timestamps.utc(until)));
        }
        BigDecimal sum = dsl.select(DSL.sum(GOODWILL_GESTURE.COST)).from(GOODWILL_GESTURE).where(where)
                .fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public List<Gesture> find(ShopId shopId, @Nullable UUID caseId, @Nullable CustomerId customerId,
                              Gesture.@Nullable Status status, @Nullable GestureKind kind, int limit) {
        Condition where = GOODWILL_GESTURE.SHOP_ID.eq(shopId.value());
        if (caseId != null) {
            where = where.and(GOODWILL_GESTURE.CASE_ID.eq(caseId));
        }
        if (customerId != null) {
            where = where.and(GOODWILL_GESTURE.CUSTOMER_ID.eq(customerId.value()));
        }
        if (status != null) {
            where = where.and(GOODWILL_GESTURE.STATUS.eq(status.name()));
        }
        if (kind != null) {
            where = where.and(GOODWILL_GESTURE.KIND.eq(kind.name()));
        }
        return dsl.selectFrom(GOODWILL_GESTURE).where(where)
                .orderBy(GOODWILL_GESTURE.REQUESTED_AT, GOODWILL_GESTURE.GESTURE_ID)
                .limit(limit)
                .fetch(JooqGestures::toGesture);
    }

    private Map<StaffId, AgentLimits> agentLimits(ShopId shopId) {
        return dsl.selectFrom(GOODWILL_AGENT_LIMIT).where(GOODWILL_AGENT_LIMIT.SHOP_ID.eq(shopId.value()))
                .fetchMap(r -> new StaffId(r.getStaffId()),
                        r -> new AgentLimits(r.getPerGesture(), r.getPerCase(), r.getPerMonth()));
    }

    private static GoodwillPolicy toPolicy(GoodwillPolicyRecord r, Map<StaffId, AgentLimits> limitsOf) {
        return new GoodwillPolicy(r.getPointValue(), r.getMonthlyBudget(),
                new AgentLimits(r.getPerGesture(), r.getPerCase(), r.getPerMonth()), limitsOf);
    }

    private static Gesture toGesture(GoodwillGestureRecord r) {
        List<Gesture.Limit> over = r.getOverLimits().isEmpty() ? List.of()
                : Arrays.stream(r.getOverLimits().split(",")).map(Gesture.Limit::valueOf).toList();
        return new Gesture(new ShopId(r.getShopId()), r.getGestureId(), r.getCaseId(),
                new CustomerId(r.getCustomerId()), GestureKind.valueOf(r.getKind()), r.getPoints(), r.getRewardId(),
                r.getVoucherId(), r.getSubscriptionId(), r.getMonths(), r.getDescription(),
                new Money(r.getCost(), Currency.getInstance(r.getCurrency())), Gesture.Status.valueOf(r.getStatus()),
                over, new StaffId(r.getRequestedBy()), r.getRequestedAt().toInstant(),
                r.getDecidedBy() == null ? null : new StaffId(r.getDecidedBy()),
                Timestamps.instantOrNull(r.getDecidedAt()), r.getDecisionReason(),
                Timestamps.instantOrNull(r.getIssuedAt()), Timestamps.instantOrNull(r.getRefundPaidAt()));
    }
}
