package de.stammkunde.domain.reward;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A voucher issued for redeemed points — or given as goodwill, without points ({@code ledgerEntryId} null,
 * {@code pointsSpent} 0). The code is unguessable; the voucher is used once at the till, within
 * its validity. Its value is copied from the reward at issue time, so later catalogue edits do not change it.
 */
public record Voucher(ShopId shopId, UUID id, String code, CustomerId customerId, UUID rewardId, String rewardName,
                      @Nullable LedgerEntryId ledgerEntryId, long pointsSpent, RewardKind kind, @Nullable Money amount,
                      @Nullable BigDecimal percent, @Nullable String item, Instant validFrom, Instant validUntil,
                      @Nullable Instant redeemedAt, @Nullable Instant cancelledAt) {

    public enum Status { ISSUED, REDEEMED, EXPIRED, CANCELLED }

    /** A voucher not cancelled (issued before cancelling existed, or still open). */
    public Voucher(ShopId shopId, UUID id, String code, CustomerId customerId, UUID rewardId, String rewardName,
                   @Nullable LedgerEntryId ledgerEntryId, long pointsSpent, RewardKind kind, @Nullable Money amount,
                   @Nullable BigDecimal percent, @Nullable String item, Instant validFrom, Instant validUntil,
                   @Nullable Instant redeemedAt) {
        this(shopId, id, code, customerId, rewardId, rewardName, ledgerEntryId, pointsSpent, kind, amount, percent,
                item, validFrom, validUntil, redeemedAt, null);
    }

    public Status statusAt(Instant now) {
        if (cancelledAt != null) {
            return Status.CANCELLED;
        }
        if (redeemedAt != null) {
            return Status.REDEEMED;
        }
        return now.isAfter(validUntil) ? Status.EXPIRED : Status.ISSUED;
    }
}
