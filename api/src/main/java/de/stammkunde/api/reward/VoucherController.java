package de.stammkunde.api.reward;

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

    private final RedeemReward redeemReward;
    private final UseVoucher useVoucher;
    private final RewardQueries rewards;
    private final CustomerQueries customers;
    private final IdempotentRequests idempotent;
    private final Transactions tx;
    private final Clock clock;

    VoucherController(RedeemReward redeemReward, UseVoucher useVoucher, RewardQueries rewards,
                      CustomerQueries customers, IdempotentRequests idempotent, Transactions tx, Clock clock) {
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
}
