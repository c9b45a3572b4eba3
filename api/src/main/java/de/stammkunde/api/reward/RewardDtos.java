package de.stammkunde.api.reward;

import de.stammkunde.api.web.MoneyText;
import de.stammkunde.api.ledger.BalanceDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.Voucher;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rewards and vouchers as the API shows them. */
public final class RewardDtos {
    private RewardDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RewardDto(String id, String name, @Nullable String description, long pointsCost, String kind,
                            @Nullable String amount, @Nullable String currency, @Nullable String percent,
                            @Nullable String item, int validityDays, boolean active) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoucherDto(String id, String code, String rewardName, long pointsSpent, String kind,
                             @Nullable String amount, @Nullable String currency, @Nullable String percent,
                             @Nullable String item, Instant validFrom, Instant validUntil, String status,
                             @Nullable Instant redeemedAt, @Nullable Instant cancelledAt) {
    }

    /** A voucher in the shop's overview, with whom it belongs to. */
    public record VoucherOverviewItem(VoucherDto voucher, String customerId, long customerNumber,
                                      String customerName) {
    }

    /** How many of the shop's vouchers are in each status now. */
    public record VoucherCounts(long issued, long redeemed, long expired, long cancelled) {
    }

    /** {@code status}: the filter applied (null: all). */
    public record VoucherOverview(List<VoucherOverviewItem> items, @Nullable String status, int page, int size,
                                  VoucherCounts counts) {
    }

    /** {@code balance}: the customer's balance after the points came back (null when nothing moved now). */
    public record VoucherCancelledDto(VoucherDto voucher, long pointsReturned, @Nullable BalanceDto balance) {
    }

    public record RewardList(List<RewardDto> items) {
    }

    /** A redemption's voucher and the balance after it. */
    public record RedeemedDto(VoucherDto voucher, BalanceDto balance) {
    }

    public record VoucherList(List<VoucherDto> items) {
    }

    public static RewardDto of(Reward r) {
        return new RewardDto(r.id().toString(), r.name(), r.description(), r.pointsCost(), r.kind().name(),
                r.amount() == null ? null : MoneyText.of(r.amount()),
                r.amount() == null ? null : r.amount().currencyCode(),
                r.percent() == null ? null : r.percent().toPlainString(), r.item(), r.validityDays(), r.active());
    }

    public static VoucherDto of(Voucher v, Instant now) {
        return new VoucherDto(v.id().toString(), v.code(), v.rewardName(), v.pointsSpent(), v.kind().name(),
                v.amount() == null ? null : MoneyText.of(v.amount()),
                v.amount() == null ? null : v.amount().currencyCode(),
                v.percent() == null ? null : v.percent().toPlainString(), v.item(), v.validFrom(), v.validUntil(),
                v.statusAt(now).name(), v.redeemedAt(), v.cancelledAt());
    }
}
