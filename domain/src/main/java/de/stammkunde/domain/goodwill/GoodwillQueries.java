package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.domain.staff.StaffRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads: a case's or customer's gestures, the approval queue, fee refunds, and what an agent may still give. */
public final class GoodwillQueries {
    private final Shops shops;
    private final StaffMembers staff;
    private final Customers customers;
    private final ComplaintCases cases;
    private final Gestures gestures;
    private final Clock clock;

    public GoodwillQueries(Shops shops, StaffMembers staff, Customers customers, ComplaintCases cases,
                           Gestures gestures, Clock clock) {
        this.shops = shops;
        this.staff = staff;
        this.customers = customers;
        this.cases = cases;
        this.gestures = gestures;
        this.clock = clock;
    }

    /**
     * What the staff member may still give in the case without approval (null: no such limit, an owner's), and
     * what is left of the shop's monthly budget; amounts in the shop's currency, never below zero.
     */
    public record Allowance(String currency, @Nullable BigDecimal perGesture, @Nullable BigDecimal leftInCase,
                            @Nullable BigDecimal leftThisMonth, BigDecimal budgetLeft, BigDecimal pointValue) {
    }

    public Allowance allowance(ShopId shopId, UUID caseId, StaffId viewer) {
        cases.byId(shopId, caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        Shop shop = shops.byId(shopId).orElseThrow();
        GoodwillPolicy policy = gestures.policy(shopId);
        GoodwillClock month = GoodwillClock.monthOf(clock.instant(), shop.timeZone());
        BigDecimal budgetLeft = positive(policy.monthlyBudget().subtract(
                gestures.issuedCost(shopId, null, null, month.from(), month.until())));
        boolean agent = staff.byId(shopId, viewer).map(StaffMember::role).orElse(StaffRole.AGENT) == StaffRole.AGENT;
        if (!agent) {
            return new Allowance(shop.currency().getCurrencyCode(), null, null, null, budgetLeft,
                    policy.pointValue());
        }
        AgentLimits limits = policy.limitsFor(viewer);
        return new Allowance(shop.currency().getCurrencyCode(), limits.perGesture(),
                positive(limits.perCase().subtract(gestures.issuedCost(shopId, caseId, null, null, null))),
                positive(limits.perMonth().subtract(gestures.issuedCost(shopId, null, viewer, month.from(),
                        month.until()))), budgetLeft, policy.pointValue());
    }

    public List<Gesture> ofCase(ShopId shopId, UUID caseId) {
        cases.byId(shopId, caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        return gestures.find(shopId, caseId, null, null, null, 200);
    }

    public List<Gesture> ofCustomer(ShopId shopId, CustomerId customerId) {
        customers.byId(shopId, customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        return gestures.find(shopId, null, customerId, null, null, 500);
    }

    public List<Gesture> pendingApproval(ShopId shopId) {
        return gestures.find(shopId, null, null, Gesture.Status.PENDING_APPROVAL, null, 500);
    }

    /** Fee refunds given, oldest first ({@code paid}: only paid, only unpaid, or all when null). */
    public List<Gesture> refunds(ShopId shopId, @Nullable Boolean paid) {
        return gestures.find(shopId, null, null, Gesture.Status.ISSUED, GestureKind.FEE_REFUND, 10_000).stream()
                .filter(g -> paid == null || paid == (g.refundPaidAt() != null)).toList();
    }

    private static BigDecimal positive(BigDecimal amount) {
        return amount.signum() < 0 ? BigDecimal.ZERO : amount;
    }
}
