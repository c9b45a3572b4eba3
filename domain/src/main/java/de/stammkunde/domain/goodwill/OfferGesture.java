package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.complaint.CaseStep;
import de.stammkunde.domain.complaint.ComplaintCase;
import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.domain.staff.StaffRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Use case: staff offer a gesture of goodwill in a case (in Vereinbaren or Liefern). Its cost is computed from the
 * kind; then, under the shop's goodwill lock, it is checked against the agent's limits (per gesture, per case, per
 * month) and the shop's monthly budget. Within all of them it is given at once; above any, it waits for an owner's
 * approval (and is given then). Every request and issue is in the audit log.
 */
public final class OfferGesture {
    public static final long MAX_POINTS = 100_000;
    public static final int MAX_MONTHS = 12;

    /**
     * {@code points}: bonus points; {@code rewardId}: the reward whose voucher is given; {@code subscriptionId} and
     * {@code months}: free months; {@code description}: the fee (refund) or the gift; {@code amount}: what the fee
     * refund or the gift costs, in the shop's currency.
     */
    public record Command(UUID caseId, GestureKind kind, @Nullable Long points, @Nullable UUID rewardId,
                          @Nullable UUID subscriptionId, @Nullable Integer months, @Nullable String description,
                          @Nullable BigDecimal amount) {
    }

    private final Shops shops;
    private final StaffMembers staff;
    private final ComplaintCases cases;
    private final Rewards rewards;
    private final Subscriptions subscriptions;
    private final Gestures gestures;
    private final GestureEffects effects;
    private final AuditLog audit;
    private final Clock clock;

    public OfferGesture(Shops shops, StaffMembers staff, ComplaintCases cases, Rewards rewards,
                        Subscriptions subscriptions, Gestures gestures, GestureEffects effects, AuditLog audit,
                        Clock clock) {
        this.shops = shops;
        this.staff = staff;
        this.cases = cases;
        this.rewards = rewards;
        this.subscriptions = subscriptions;
        this.gestures = gestures;
        this.effects = effects;
        this.audit = audit;
        this.clock = clock;
    }

    public Gesture offer(ShopId shopId, Command command, Actor actor) {
        StaffMember member = staff.byId(shopId, new StaffId(actor.id()))
                .orElseThrow(() -> new IllegalArgumentException("only staff offer goodwill: " + actor.describe()));
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        ComplaintCase c = cases.byId(shopId, command.caseId())
                .orElseThrow(() -> new NotFoundException("case", command.caseId()));
        if (c.step() != CaseStep.AGREE && c.step() != CaseStep.DELIVER) {
            Decision.conflict("gesture-wrong-step", "step",
                    "Goodwill is agreed in Vereinbaren and given in Liefern").orThrow();
        }
        GoodwillPolicy policy = gestures.lockPolicy(shopId);
        Priced priced = price(shop, c, command, policy);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Gesture.Limit> over = overLimits(shop, c, member, priced.cost().amount(), policy, now);
        Gesture gesture = new Gesture(shopId, UUID.randomUUID(), c.id(), c.customerId(), command.kind(),
                command.kind() == GestureKind.BONUS_POINTS ? command.points() : null,
                command.kind() == GestureKind.VOUCHER ? command.rewardId() : null, null,
                command.kind() == GestureKind.FREE_MONTHS ? command.subscriptionId() : null,
                command.kind() == GestureKind.FREE_MONTHS ? command.months() : null, priced.description(),
                priced.cost(), over.isEmpty() ? Gesture.Status.ISSUED : Gesture.Status.PENDING_APPROVAL, over,
                member.id(), now, null, null, null, null, null);
        audit(gesture, over.isEmpty() ? "goodwill.issued" : "goodwill.requested", actor, now);
        if (over.isEmpty()) {
            UUID voucher = effects.issue(gesture, shop, "#" + c.number() + " " + c.subject(), now, actor);
            gesture = gesture.issued(now, voucher, null, null);
        }
        gestures.add(gesture);
        return gesture;
    }

    private record Priced(Money cost, @Nullable String description) {
    }

    private Priced price(Shop shop, ComplaintCase c, Command command, GoodwillPolicy policy) {
        return switch (command.kind()) {
            case BONUS_POINTS -> {
                Long points = command.points();
                if (points == null || points < 1 || points > MAX_POINTS) {
                    Decision.reject("gesture-points", "points", "From 1 to {0} points", MAX_POINTS).orThrow();
                }
                yield new Priced(money(policy.pointValue().multiply(BigDecimal.valueOf(points)), shop), null);
            }
            case VOUCHER -> {
                UUID rewardId = required(command.rewardId(), "rewardId");
                Reward reward = rewards.byId(shop.id(), rewardId).filter(Reward::active)
                        .orElseThrow(() -> new NotFoundException("reward", rewardId));
                yield new Priced(money(GoodwillPolicy.voucherValue(reward, policy.pointValue()), shop),
                        reward.name());
            }
            case FREE_MONTHS -> {
                UUID subscriptionId = required(command.subscriptionId(), "subscriptionId");
                Integer months = command.months();
                if (months == null || months < 1 || months > MAX_MONTHS) {
                    Decision.reject("gesture-months", "months", "From 1 to {0} months", MAX_MONTHS).orThrow();
                }
                Subscription s = subscriptions.byId(shop.id(), subscriptionId)
                        .filter(x -> x.customerId().equals(c.customerId()))
                        .orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
                yield new Priced(money(s.monthlyFee().amount().multiply(BigDecimal.valueOf(months)), shop),
                        s.plan());
            }
            case FEE_REFUND, GIFT -> {
                String description = command.description();
                if (description == null || description.isBlank()) {
                    Decision.reject("gesture-description", "description",
                            command.kind() == GestureKind.FEE_REFUND ? "Name the fee" : "Describe the gift")
                            .orThrow();
                }
                BigDecimal amount = required(command.amount(), "amount");
                Money cost = new Money(amount, shop.currency());
                if (!cost.isPositive() || amount.compareTo(GoodwillPolicy.MAX_AMOUNT) > 0
                        || !cost.fitsCurrencyPrecision()) {
                    Decision.reject("gesture-amount", "amount", "An amount above 0 with at most {0} decimals",
                            shop.currency().getDefaultFractionDigits()).orThrow();
                }
                yield new Priced(cost, description.strip());
            }
        };
    }

    private List<Gesture.Limit> overLimits(Shop shop, ComplaintCase c, StaffMember member, BigDecimal cost,
                                           GoodwillPolicy policy, Instant now) {
        List<Gesture.Limit> over = new ArrayList<>();
        GoodwillClock month = GoodwillClock.monthOf(now, shop.timeZone());
        if (member.role() == StaffRole.AGENT) {
            AgentLimits limits = policy.limitsFor(member.id());
            if (cost.compareTo(limits.perGesture()) > 0) {
                over.add(Gesture.Limit.PER_GESTURE);
            }
            if (gestures.issuedCost(shop.id(), c.id(), null, null, null).add(cost)
                    .compareTo(limits.perCase()) > 0) {
                over.add(Gesture.Limit.PER_CASE);
            }
            if (gestures.issuedCost(shop.id(), null, member.id(), month.from(), month.until()).add(cost)
                    .compareTo(limits.perMonth()) > 0) {
                over.add(Gesture.Limit.PER_MONTH);
            }
        }
        if (gestures.issuedCost(shop.id(), null, null, month.from(), month.until()).add(cost)
                .compareTo(policy.monthlyBudget()) > 0) {
            over.add(Gesture.Limit.MONTHLY_BUDGET);
        }
        return over;
    }

    private static Money money(BigDecimal amount, Shop shop) {
        return new Money(amount.setScale(Math.max(shop.currency().getDefaultFractionDigits(), 0),
                RoundingMode.HALF_UP), shop.currency());
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            Decision.reject("gesture-detail-required", field, "This gesture needs {0}", field).orThrow();
        }
        return value;
    }

    private void audit(Gesture g, String action, Actor actor, Instant at) {
        audit.record(new AuditEvent(g.shopId(), actor, action, "gesture", g.id().toString(), Map.of(
                "kind", g.kind().name(), "cost", g.cost().toString(), "caseId", g.caseId().toString(),
                "overLimits", g.overLimits().toString()), at));
    }
}
