package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.complaint.CaseCategory;
import de.stammkunde.domain.complaint.ComplaintCase;
import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.complaint.Severity;
import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Consistent goodwill (DOMAIN.md §3: "same request, 8 different answers" must not happen): for a case, a target
 * amount from its severity, the customer's value and the goodwill they received in the last year (serial claimers
 * get less), then the gestures that fit the category, ranked, each with its cost and reasons. A pure function of
 * those inputs — the same situation always gets the same recommendation — computed by {@link #rank}.
 */
public final class RecommendGestures {
    /** What the case is worth in goodwill before value and history: by severity, in the shop's currency. */
    static final Map<Severity, BigDecimal> BASE = new EnumMap<>(Map.of(Severity.LOW, new BigDecimal("3"),
            Severity.MEDIUM, new BigDecimal("8"), Severity.HIGH, new BigDecimal("15"),
            Severity.CRITICAL, new BigDecimal("30")));
    static final BigDecimal NEW_BELOW = new BigDecimal("50");
    static final BigDecimal LOYAL_FROM = new BigDecimal("500");
    static final Duration HISTORY = Duration.ofDays(365);

    /** Which gestures suit which complaint, best first. */
    static final Map<CaseCategory, List<GestureKind>> FITTING = new EnumMap<>(Map.of(
            CaseCategory.PRODUCT_QUALITY, List.of(GestureKind.VOUCHER, GestureKind.BONUS_POINTS, GestureKind.GIFT),
            CaseCategory.DELIVERY, List.of(GestureKind.FEE_REFUND, GestureKind.FREE_MONTHS,
                    GestureKind.BONUS_POINTS),
            CaseCategory.BILLING, List.of(GestureKind.FEE_REFUND, GestureKind.BONUS_POINTS),
            CaseCategory.SERVICE, List.of(GestureKind.FREE_MONTHS, GestureKind.BONUS_POINTS, GestureKind.VOUCHER),
            CaseCategory.STAFF, List.of(GestureKind.VOUCHER, GestureKind.GIFT, GestureKind.BONUS_POINTS),
            CaseCategory.LOYALTY_PROGRAMME, List.of(GestureKind.BONUS_POINTS, GestureKind.VOUCHER),
            CaseCategory.OTHER, List.of(GestureKind.BONUS_POINTS, GestureKind.VOUCHER, GestureKind.GIFT)));

    /** Everything the recommendation depends on — nothing else. */
    public record Situation(CaseCategory category, Severity severity, CustomerValue.Value value,
                            BigDecimal goodwillLastYear, int gesturesLastYear, BigDecimal pointValue,
                            List<Reward> rewards, List<Subscription> subscriptions,
                            GoodwillQueries.Allowance allowance) {
    }

    /** The target and its reasons, and the ranked gestures. */
    public record Result(BigDecimal target, String currency, String valueBasis, List<String> reasons,
                         List<Recommendation> items) {
    }

    private final ComplaintCases cases;
    private final Rewards rewards;
    private final Subscriptions subscriptions;
    private final Gestures gestures;
    private final CustomerValue customerValue;
    private final GoodwillQueries queries;
    private final Clock clock;

    public RecommendGestures(ComplaintCases cases, Rewards rewards, Subscriptions subscriptions, Gestures gestures,
                             CustomerValue customerValue, GoodwillQueries queries, Clock clock) {
        this.cases = cases;
        this.rewards = rewards;
        this.subscriptions = subscriptions;
        this.gestures = gestures;
        this.customerValue = customerValue;
        this.queries = queries;
        this.clock = clock;
    }

    public Result recommend(ShopId shopId, UUID caseId, StaffId viewer) {
        ComplaintCase c = cases.byId(shopId, caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        Instant since = clock.instant().minus(HISTORY);
        List<Gesture> received = gestures.find(shopId, null, c.customerId(), Gesture.Status.ISSUED, null, 1000)
                .stream().filter(g -> !g.caseId().equals(caseId) && g.issuedAt() != null
                        && g.issuedAt().isAfter(since)).toList();
        BigDecimal sum = received.stream().map(g -> g.cost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        GoodwillQueries.Allowance allowance = queries.allowance(shopId, caseId, viewer);
        return rank(new Situation(c.category(), c.severity(), customerValue.of(shopId, c.customerId()), sum,
                received.size(), gestures.policy(shopId).pointValue(), rewards.all(shopId, true),
                subscriptions.ofCustomer(shopId, c.customerId()), allowance));
    }

    /** The pure part: the same situation, the same result. */
    public static Result rank(Situation s) {
        List<String> reasons = new ArrayList<>();
        BigDecimal target = BASE.get(s.severity());
        reasons.add("severity." + s.severity());
        if (s.value().amount().compareTo(LOYAL_FROM) >= 0) {
            target = target.multiply(new BigDecimal("1.5"));
            reasons.add("value.LOYAL");
        } else if (s.value().amount().compareTo(NEW_BELOW) < 0) {
            target = target.multiply(new BigDecimal("0.75"));
            reasons.add("value.NEW");
        } else {
            reasons.add("value.REGULAR");
        }
        if (s.gesturesLastYear() >= 3 || s.goodwillLastYear().compareTo(BASE.get(s.severity())) > 0) {
            target = target.multiply(new BigDecimal("0.5"));
            reasons.add("serial.REPEATED");
        } else if (s.gesturesLastYear() > 0) {
            target = target.multiply(new BigDecimal("0.8"));
            reasons.add("serial.ONCE");
        }
        // to half a unit, at least 1
        BigDecimal goal = target.multiply(BigDecimal.TWO).setScale(0, RoundingMode.HALF_UP)
                .divide(BigDecimal.TWO, 2, RoundingMode.UNNECESSARY).max(BigDecimal.ONE.setScale(2));
        List<Recommendation> items = new ArrayList<>();
        for (GestureKind kind : FITTING.get(s.category())) {
            String because = "category." + s.category();
            switch (kind) {
                case BONUS_POINTS -> {
                    long points = goal.divide(s.pointValue(), 0, RoundingMode.DOWN).longValueExact();
                    if (points >= 1) {
                        BigDecimal cost = s.pointValue().multiply(BigDecimal.valueOf(points))
                                .setScale(2, RoundingMode.HALF_UP);
                        items.add(item(kind, points, null, null, null, null, cost, because, s));
                    }
                }
                case VOUCHER -> s.rewards().stream()
                        .map(r -> new Object[] {r, voucherCost(r, s.pointValue())})
                        .filter(p -> ((BigDecimal) p[1]).compareTo(goal) <= 0)
                        .max(Comparator.<Object[], BigDecimal>comparing(p -> (BigDecimal) p[1])
                                .thenComparing(p -> ((Reward) p[0]).id(), Comparator.reverseOrder()))
                        .ifPresent(p -> items.add(item(kind, null, (Reward) p[0], null, null, null,
                                (BigDecimal) p[1], because, s)));
                case FREE_MONTHS -> s.subscriptions().stream()
                        .filter(sub -> sub.monthlyFee().amount().compareTo(goal.multiply(new BigDecimal("1.5")))
                                <= 0)
                        .min(Comparator.comparing((Subscription sub) -> sub.monthlyFee().amount())
                                .thenComparing(Subscription::id))
                        .ifPresent(sub -> items.add(item(kind, null, null, sub, 1, null,
                                sub.monthlyFee().amount().setScale(2, RoundingMode.HALF_UP), because, s)));
                case FEE_REFUND, GIFT -> items.add(item(kind, null, null, null, null, goal, goal, because, s));
            }
        }
        return new Result(goal, s.allowance().currency(), s.value().basis(), reasons, List.copyOf(items));
    }

    private static BigDecimal voucherCost(Reward r, BigDecimal pointValue) {
        return GoodwillPolicy.voucherValue(r, pointValue).setScale(2, RoundingMode.HALF_UP);
    }

    private static Recommendation item(GestureKind kind, @Nullable Long points, @Nullable Reward reward,
                                       @Nullable Subscription sub, @Nullable Integer months,
                                       @Nullable BigDecimal amount, BigDecimal cost, String because, Situation s) {
        GoodwillQueries.Allowance a = s.allowance();
        boolean within = cost.compareTo(a.budgetLeft()) <= 0
                && (a.perGesture() == null || cost.compareTo(a.perGesture()) <= 0)
                && (a.leftInCase() == null || cost.compareTo(a.leftInCase()) <= 0)
                && (a.leftThisMonth() == null || cost.compareTo(a.leftThisMonth()) <= 0);
        return new Recommendation(kind, points, reward == null ? null : reward.id(),
                reward == null ? null : reward.name(), sub == null ? null : sub.id(), months, amount, cost,
                List.of(because), within);
    }
}
