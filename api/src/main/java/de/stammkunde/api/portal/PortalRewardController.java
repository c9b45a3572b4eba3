package de.stammkunde.api.portal;

import org.springframework.web.bind.annotation.ResponseStatus;
import de.stammkunde.domain.reward.RewardQueries;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.idempotency.IdempotentRequests;
import de.stammkunde.api.ledger.BalanceDto;
import de.stammkunde.api.reward.RewardDtos;
import de.stammkunde.api.reward.VoucherImages;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.reward.RedeemReward;
import de.stammkunde.domain.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The customer's rewards: the catalogue, redeeming points for a voucher, and their vouchers with QR codes. */
@RestController
@RequestMapping("/api/v1/portal")
class PortalRewardController {
    private final RewardQueries rewards;
    private final RedeemReward redeemReward;
    private final IdempotentRequests idempotent;
    private final Transactions tx;
    private final Clock clock;

    PortalRewardController(RewardQueries rewards, RedeemReward redeemReward, IdempotentRequests idempotent,
                           Transactions tx, Clock clock) {
        this.rewards = rewards;
        this.redeemReward = redeemReward;
        this.idempotent = idempotent;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping("/rewards")
    RewardDtos.RewardList rewards(@AuthenticationPrincipal StammkundeUser user) {
        return new RewardDtos.RewardList(tx.read(() -> rewards.catalogue(user.shop(), true)).stream()
                .map(RewardDtos::of).toList());
    }

    @PostMapping("/rewards/{rewardId}/redemptions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RewardDtos.RedeemedDto> redeem(@PathVariable UUID rewardId,
                                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                                  @Nullable String key,
                                                  @AuthenticationPrincipal StammkundeUser user,
                                                  HttpServletRequest request) {
        return idempotent.execute(user.shop(), user.actor(), key, "POST", request.getRequestURI(), Map.of(),
                RewardDtos.RedeemedDto.class, () -> {
            var redeemed = redeemReward.redeem(user.shop(), user.customerId(), rewardId, user.actor());
            return ResponseEntity.status(HttpStatus.CREATED).body(new RewardDtos.RedeemedDto(
                    RewardDtos.of(redeemed.voucher(), clock.instant()), BalanceDto.of(redeemed.balance())));
        });
    }

    @GetMapping("/vouchers")
    RewardDtos.VoucherList vouchers(@AuthenticationPrincipal StammkundeUser user) {
        return new RewardDtos.VoucherList(tx.read(() -> rewards.vouchersOf(user.shop(), user.customerId()))
                .stream().map(v -> RewardDtos.of(v, clock.instant())).toList());
    }

    @GetMapping(value = "/vouchers/{voucherId}/qr", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable UUID voucherId, @AuthenticationPrincipal StammkundeUser user) {
        var voucher = tx.read(() -> rewards.voucherOf(user.shop(), user.customerId(), voucherId)
                .orElseThrow(() -> new NotFoundException("voucher", voucherId)));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(VoucherImages.qrPng(voucher.code()));
    }
}
