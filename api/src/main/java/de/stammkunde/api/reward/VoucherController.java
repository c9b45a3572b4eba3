package de.stammkunde.api.reward;

import java.time.Instant;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import de.stammkunde.domain.reward.Vouchers;
import de.stammkunde.domain.reward.Voucher;
import de.stammkunde.domain.reward.CancelVoucher;
import org.springframework.web.bind.annotation.ResponseStatus;
import de.stammkunde.domain.reward.RewardQueries;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.idempotency.IdempotentRequests;
import de.stammkunde.api.ledger.BalanceDto;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.reward.RedeemReward;
import de.stammkunde.domain.reward.UseVoucher;
import de.stammkunde.domain.overview.CustomerQueries;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Staff side of vouchers: redeem points for a customer, look a code up, take a voucher at the till. */
@RestController
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class VoucherController {
    record RedemptionRequest(@NotNull UUID rewardId) {
    }

    /** Why the voucher is cancelled (optional, kept in the audit log). */
    record CancellationRequest(@Nullable @Size(max = CancelVoucher.MAX_REASON_LENGTH) String reason) {
    }

    private final CancelVoucher cancelVoucher;

    private final RedeemReward redeemReward;
    private final UseVoucher useVoucher;
    private final RewardQueries rewards;
    private final CustomerQueries customers;
    private final IdempotentRequests idempotent;
    private final Transactions tx;
    private final Clock clock;

    VoucherController(RedeemReward redeemReward, UseVoucher useVoucher, CancelVoucher cancelVoucher,
                      RewardQueries rewards, CustomerQueries customers,
                      IdempotentRequests idempotent, Transactions tx, Clock clock) {
        this.cancelVoucher = cancelVoucher;
        this.redeemReward = redeemReward;
        this.useVoucher = useVoucher;
        this.rewards = rewards;
        this.customers = customers;
        this.idempotent = idempotent;
        this.tx = tx;
        this.clock = clock;
    }

    @PostMapping("/api/v1/shops/{shopId}/customers/{customerId}/redemptions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RewardDtos.RedeemedDto> redeemForCustomer(@PathVariable UUID shopId, @PathVariable UUID customerId,
                                             @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                             @Nullable String key,
                                             @Valid @RequestBody RedemptionRequest body,
                                             @AuthenticationPrincipal StammkundeUser user,
                                             HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), key, "POST", request.getRequestURI(), body,
                RewardDtos.RedeemedDto.class, () -> {
            var redeemed = redeemReward.redeem(shop, new CustomerId(customerId), body.rewardId(), user.actor());
            return ResponseEntity.status(HttpStatus.CREATED).body(new RewardDtos.RedeemedDto(
                    RewardDtos.of(redeemed.voucher(), clock.instant()), BalanceDto.of(redeemed.balance())));
        });
    }

    @GetMapping("/api/v1/shops/{shopId}/customers/{customerId}/vouchers")
    RewardDtos.VoucherList ofCustomer(@PathVariable UUID shopId, @PathVariable UUID customerId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> {
            customers.detail(shop, new CustomerId(customerId));
            return new RewardDtos.VoucherList(rewards.vouchersOf(shop, new CustomerId(customerId)).stream()
                    .map(v -> RewardDtos.of(v, clock.instant())).toList());
        });
    }

    @GetMapping("/api/v1/shops/{shopId}/vouchers/{code}")
    @PreAuthorize("hasAnyRole('OWNER', 'AGENT', 'TILL')")
    RewardDtos.VoucherDto lookUp(@PathVariable UUID shopId, @PathVariable String code) {
        return tx.read(() -> useVoucher.lookUp(new ShopId(shopId), code)
                .map(v -> RewardDtos.of(v, clock.instant()))
                .orElseThrow(() -> new NotFoundException("voucher", "(code)")));
    }

    @PostMapping("/api/v1/shops/{shopId}/vouchers/{code}/redemption")
    @PreAuthorize("hasAnyRole('OWNER', 'AGENT', 'TILL')")
    ResponseEntity<RewardDtos.VoucherDto> use(@PathVariable UUID shopId, @PathVariable String code,
                                              @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                              @Nullable String key,
                                              @AuthenticationPrincipal StammkundeUser user,
                                              HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), key, "POST", request.getRequestURI(), Map.of(),
                RewardDtos.VoucherDto.class, () ->
                ResponseEntity.ok(RewardDtos.of(useVoucher.use(shop, code, user.actor()), clock.instant())));
    }

    /**
     * The shop's vouchers, newest first, filtered by status (ISSUED = open, REDEEMED = used, EXPIRED, CANCELLED),
     * with the counts of each status for the tabs.
     */
    @GetMapping("/api/v1/shops/{shopId}/vouchers")
    RewardDtos.VoucherOverview overview(@PathVariable UUID shopId,
                                        @RequestParam(required = false) Voucher.@Nullable Status status,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                        @RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
        ShopId shop = new ShopId(shopId);
        Instant now = clock.instant();
        return tx.read(() -> {
            var items = rewards.overview(shop, status, now, page * size, size).stream()
                    .map(l -> new RewardDtos.VoucherOverviewItem(RewardDtos.of(l.voucher(), now),
                            l.voucher().customerId().value().toString(), l.customerNumber(), l.customerName()))
                    .toList();
            Vouchers.Counts c = rewards.counts(shop, now);
            return new RewardDtos.VoucherOverview(items, status == null ? null : status.name(), page, size,
                    new RewardDtos.VoucherCounts(c.open(), c.used(), c.expired(), c.cancelled()));
        });
    }

    /**
     * Cancels an open voucher; a voucher bought with points gives them back to the customer. Repeating it answers
     * the same and moves nothing (pointsReturned as the first time, balance null). 409
     * {@code voucher-already-redeemed} / {@code voucher-expired}.
     */
    @PostMapping("/api/v1/shops/{shopId}/vouchers/{code}/cancellation")
    RewardDtos.VoucherCancelledDto cancel(@PathVariable UUID shopId, @PathVariable String code,
                                          @Valid @RequestBody(required = false) @Nullable CancellationRequest body,
                                          @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return tx.write(() -> {
            Voucher voucher = useVoucher.lookUp(shop, code)
                    .orElseThrow(() -> new NotFoundException("voucher", "(code)"));
            var cancelled = cancelVoucher.cancel(shop, voucher.id(), body == null ? null : body.reason(),
                    user.actor());
            return new RewardDtos.VoucherCancelledDto(RewardDtos.of(cancelled.voucher(), clock.instant()),
                    cancelled.pointsReturned(),
                    cancelled.balance() == null ? null : BalanceDto.of(cancelled.balance()));
        });
    }
}
