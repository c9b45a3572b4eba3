package de.stammkunde.api.goodwill;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.idempotency.IdempotentRequests;
import de.stammkunde.api.security.SecondFactorLogin;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.complaint.CaseQueries;
import de.stammkunde.domain.goodwill.AgentLimits;
import de.stammkunde.domain.goodwill.DecideGesture;
import de.stammkunde.domain.goodwill.Gesture;
import de.stammkunde.domain.goodwill.GestureKind;
import de.stammkunde.domain.goodwill.GoodwillPolicy;
import de.stammkunde.domain.goodwill.GoodwillQueries;
import de.stammkunde.domain.goodwill.GoodwillSettings;
import de.stammkunde.domain.goodwill.OfferGesture;
import de.stammkunde.domain.goodwill.PayRefund;
import de.stammkunde.domain.goodwill.RecommendGestures;
import de.stammkunde.domain.goodwill.Recommendation;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goodwill for staff: the policy (owners set it), gestures offered in a case with what the agent may still give,
 * the goodwill a customer received, the approval queue (owners, four eyes) and fee refunds to pay.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class GoodwillController {
    record LimitsDto(@NotNull @Min(0) BigDecimal perGesture, @NotNull @Min(0) BigDecimal perCase,
                     @NotNull @Min(0) BigDecimal perMonth) {

        AgentLimits limits() {
            return new AgentLimits(perGesture, perCase, perMonth);
        }
    }

    /** One agent's own limits (instead of {@code agentLimits}). */
    record AgentLimitsDto(@NotNull UUID staffId, @NotNull @Valid LimitsDto limits) {
    }

    /**
     * In the shop's currency: {@code pointValue} (what one point costs the shop), {@code monthlyBudget} (all
     * gestures of a calendar month), {@code agentLimits} (every agent's), {@code ownLimits} (some agents' own).
     */
    record PolicyDto(@NotNull @Min(0) BigDecimal pointValue, @NotNull @Min(0) BigDecimal monthlyBudget,
                     @NotNull @Valid LimitsDto agentLimits,
                     @NotNull @Size(max = 200) List<@Valid @NotNull AgentLimitsDto> ownLimits) {

        GoodwillPolicy policy() {
            Map<StaffId, AgentLimits> own = new HashMap<>();
            ownLimits.forEach(o -> own.put(new StaffId(o.staffId()), o.limits().limits()));
            return new GoodwillPolicy(pointValue, monthlyBudget, agentLimits.limits(), own);
        }
    }

    /** See {@link OfferGesture.Command}: the details the kind needs. */
    record GestureRequest(@NotNull GestureKind kind, @Nullable @Min(1) @Max(100_000) Long points,
                          @Nullable UUID rewardId, @Nullable UUID subscriptionId,
                          @Nullable @Min(1) @Max(12) Integer months, @Nullable @Size(max = 400) String description,
                          @Nullable BigDecimal amount) {
    }

    /** What the staff member may still give in the case without approval (absent: no such limit). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AllowanceDto(String currency, @Nullable String perGesture, @Nullable String leftInCase,
                        @Nullable String leftThisMonth, String budgetLeft, String pointValue) {
        static AllowanceDto of(GoodwillQueries.Allowance a) {
            return new AllowanceDto(a.currency(), text(a.perGesture()), text(a.leftInCase()),
                    text(a.leftThisMonth()), text(a.budgetLeft()), text(a.pointValue()));
        }
    }

    /** Amounts are answered as decimal strings ("12.50"), as everywhere in the API. */
    static @Nullable String text(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    record LimitsView(String perGesture, String perCase, String perMonth) {
        static LimitsView of(AgentLimits l) {
            return new LimitsView(text(l.perGesture()), text(l.perCase()), text(l.perMonth()));
        }
    }

    record AgentLimitsView(String staffId, LimitsView limits) {
    }

    /** The policy as answered: amounts as decimal strings. */
    record PolicyView(String pointValue, String monthlyBudget, LimitsView agentLimits,
                      List<AgentLimitsView> ownLimits) {
        static PolicyView of(GoodwillPolicy p) {
            return new PolicyView(text(p.pointValue()), text(p.monthlyBudget()), LimitsView.of(p.agentLimits()),
                    p.limitsOf().entrySet().stream().map(e -> new AgentLimitsView(e.getKey().value().toString(),
                            LimitsView.of(e.getValue()))).toList());
        }
    }

    record CaseGoodwill(List<GestureDto> items, AllowanceDto allowance) {
    }

    /** A suggested gesture: its details, cost, reasons (codes the console words) and whether the caller may give it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecommendationDto(GestureKind kind, @Nullable Long points, @Nullable String rewardId,
                             @Nullable String rewardName, @Nullable String subscriptionId, @Nullable Integer months,
                             @Nullable String amount, String cost, List<String> reasons, boolean withinAllowance) {
        static RecommendationDto of(Recommendation r) {
            return new RecommendationDto(r.kind(), r.points(), r.rewardId() == null ? null : r.rewardId().toString(),
                    r.rewardName(), r.subscriptionId() == null ? null : r.subscriptionId().toString(), r.months(),
                    text(r.amount()), r.cost().toPlainString(), r.reasons(), r.withinAllowance());
        }
    }

    /**
     * {@code target}: what the case is worth in goodwill; {@code reasons}: why (severity, the customer's value and
     * {@code valueBasis}, goodwill received before); {@code items}: suggested gestures, best first.
     */
    record RecommendationsDto(String target, String currency, String valueBasis, List<String> reasons,
                              List<RecommendationDto> items) {
    }

    record DecisionRequest(@Nullable @Size(max = 4000) String reason) {
    }

    record RejectionRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    private final RecommendGestures recommend;
    private final OfferGesture offer;
    private final DecideGesture decide;
    private final PayRefund payRefund;
    private final GoodwillSettings settings;
    private final GoodwillQueries queries;
    private final CaseQueries cases;
    private final IdempotentRequests idempotent;
    private final SecondFactorLogin secondFactor;
    private final Transactions tx;

    GoodwillController(RecommendGestures recommend, OfferGesture offer, DecideGesture decide, PayRefund payRefund, GoodwillSettings settings,
                       GoodwillQueries queries, CaseQueries cases, IdempotentRequests idempotent,
                       SecondFactorLogin secondFactor, Transactions tx) {
        this.recommend = recommend;
        this.offer = offer;
        this.decide = decide;
        this.payRefund = payRefund;
        this.settings = settings;
        this.queries = queries;
        this.cases = cases;
        this.idempotent = idempotent;
        this.secondFactor = secondFactor;
        this.tx = tx;
    }

    @GetMapping("/goodwill/policy")
    PolicyView policy(@PathVariable UUID shopId) {
        return PolicyView.of(tx.read(() -> settings.policy(new ShopId(shopId))));
    }

    /** The owner sets the policy (replacing it; repeating the request changes nothing more). */
    @PutMapping("/goodwill/policy")
    @PreAuthorize("hasRole('OWNER')")
    PolicyView setPolicy(@PathVariable UUID shopId, @Valid @RequestBody PolicyDto body,
                         @AuthenticationPrincipal StammkundeUser user) {
        return PolicyView.of(tx.write(() -> settings.set(new ShopId(shopId), body.policy(), user.actor())));
    }

    /** The case's gestures (oldest first) and what the caller may still give in it without approval. */
    @GetMapping("/cases/{caseId}/gestures")
    CaseGoodwill ofCase(@PathVariable UUID shopId, @PathVariable UUID caseId,
                        @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> {
            Map<StaffId, String> names = cases.staffNames(shop);
            var labels = cases.labels(shop, List.of(caseId));
            return new CaseGoodwill(queries.ofCase(shop, caseId).stream().map(g -> GestureDto.of(g, names, labels))
                    .toList(),
                    AllowanceDto.of(queries.allowance(shop, caseId, new StaffId(user.id()))));
        });
    }

    /** The same situation always gets the same recommendation. */
    @GetMapping("/cases/{caseId}/gestures/recommendations")
    RecommendationsDto recommendations(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                       @AuthenticationPrincipal StammkundeUser user) {
        var result = tx.read(() -> recommend.recommend(new ShopId(shopId), caseId, new StaffId(user.id())));
        return new RecommendationsDto(result.target().toPlainString(), result.currency(), result.valueBasis(),
                result.reasons(), result.items().stream().map(RecommendationDto::of).toList());
    }

    /**
     * 201 with the gesture: ISSUED when within every limit, else PENDING_APPROVAL (an owner decides); 409
     * {@code gesture-wrong-step} outside Vereinbaren/Liefern.
     */
    @PostMapping("/cases/{caseId}/gestures")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<GestureDto> offer(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                     @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                     @Nullable String key, @Valid @RequestBody GestureRequest body,
                                     @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), key, "POST", request.getRequestURI(), body, GestureDto.class,
                () -> {
                    Gesture g = offer.offer(shop, new OfferGesture.Command(caseId, body.kind(), body.points(),
                            body.rewardId(), body.subscriptionId(), body.months(), body.description(),
                            body.amount()), user.actor());
                    return ResponseEntity.status(HttpStatus.CREATED).body(dto(shop, g));
                });
    }

    /** The goodwill the customer received and asked for, oldest first. */
    @GetMapping("/customers/{customerId}/gestures")
    GestureDto.GestureList ofCustomer(@PathVariable UUID shopId, @PathVariable UUID customerId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> list(shop, queries.ofCustomer(shop, new CustomerId(customerId))));
    }

    /** Gestures waiting for an owner's decision, oldest first. */
    @GetMapping("/goodwill/approvals")
    @PreAuthorize("hasRole('OWNER')")
    GestureDto.GestureList approvals(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> list(shop, queries.pendingApproval(shop)));
    }

    /** The owner approves: the gesture is given now. 409 {@code four-eyes} for one's own request. */
    @PostMapping("/goodwill/gestures/{gestureId}/approval")
    @PreAuthorize("hasRole('OWNER')")
    ResponseEntity<GestureDto> approve(@PathVariable UUID shopId, @PathVariable UUID gestureId,
                                       @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                       @Nullable String key, @Valid @RequestBody DecisionRequest body,
                                       @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        secondFactor.requireRecent(user, request);
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), key, "POST", request.getRequestURI(), body, GestureDto.class,
                () -> ResponseEntity.ok(dto(shop, decide.approve(shop, gestureId, body.reason(), user.actor()))));
    }

    /** The owner rejects, saying why. */
    @PostMapping("/goodwill/gestures/{gestureId}/rejection")
    @PreAuthorize("hasRole('OWNER')")
    ResponseEntity<GestureDto> reject(@PathVariable UUID shopId, @PathVariable UUID gestureId,
                                      @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                      @Nullable String key, @Valid @RequestBody RejectionRequest body,
                                      @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), key, "POST", request.getRequestURI(), body, GestureDto.class,
                () -> ResponseEntity.ok(dto(shop, decide.reject(shop, gestureId, body.reason(), user.actor()))));
    }

    /** Fee refunds given, oldest first; {@code paid=false}: those still to pay. */
    @GetMapping("/goodwill/refunds")
    @PreAuthorize("hasRole('OWNER')")
    GestureDto.GestureList refunds(@PathVariable UUID shopId, @RequestParam(required = false) @Nullable Boolean paid) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> list(shop, queries.refunds(shop, paid)));
    }

    /** The refund was paid out (once; repeating it changes nothing). */
    @PostMapping("/goodwill/refunds/{gestureId}/payment")
    @PreAuthorize("hasRole('OWNER')")
    GestureDto refundPaid(@PathVariable UUID shopId, @PathVariable UUID gestureId,
                          @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return tx.write(() -> dto(shop, payRefund.markPaid(shop, gestureId, user.actor())));
    }

    private GestureDto.GestureList list(ShopId shop, List<Gesture> gestures) {
        Map<StaffId, String> names = cases.staffNames(shop);
        var labels = cases.labels(shop, gestures.stream().map(Gesture::caseId).toList());
        return new GestureDto.GestureList(gestures.stream().map(g -> GestureDto.of(g, names, labels)).toList());
    }

    private GestureDto dto(ShopId shop, Gesture g) {
        return GestureDto.of(g, cases.staffNames(shop), cases.labels(shop, List.of(g.caseId())));
    }
}
