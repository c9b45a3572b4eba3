package de.stammkunde.domain.reward;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.Shortfalls;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.Rejection;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Use case: staff cancel an open voucher (issued by mistake, the customer changed their mind). A voucher bought with
 * points gives them back as one {@code VOUCHER_CANCELLED} ledger entry (settling points owed first, like any new
 * points); a goodwill voucher had no points. Cancelling again answers as the first time and moves nothing; a used or
 * expired voucher cannot be cancelled (409). Audited.
 */
public final class CancelVoucher {
    public static final int MAX_REASON_LENGTH = 200;

    public record Cancelled(Voucher voucher, long pointsReturned, @Nullable Balance balance) {
    }

    private final Vouchers vouchers;
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Clock clock;

    public CancelVoucher(Vouchers vouchers, Ledger ledger, AuditLog auditLog, Clock clock) {
        this.vouchers = vouchers;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Cancelled cancel(ShopId shopId, UUID voucherId, @Nullable String reason, Actor actor) {
        Voucher voucher = vouchers.byId(shopId, voucherId)
                .orElseThrow(() -> new NotFoundException("voucher", voucherId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Cancelled> earlier = earlierCancellation(voucher, now);
        if (earlier.isPresent()) {
            return earlier.get(); // a retry: nothing moves twice
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!vouchers.markCancelled(shopId, voucherId, now, why, actor)) {
            // used or cancelled by someone else a moment ago: answer from what is stored now
            Voucher stored = vouchers.byId(shopId, voucherId).orElseThrow();
            return earlierCancellation(stored, now).orElseThrow(() -> new IllegalStateException(
                    "voucher " + voucherId + " is open but could not be cancelled"));
        }
        Balance balance = null;
        if (voucher.pointsSpent() > 0) {
            balance = ledger.postOrFail(LedgerEntry.voucherCancelled(shopId, voucher.customerId(),
                    voucher.pointsSpent(), voucher.rewardName(), voucherId, now), actor);
            balance = Shortfalls.settle(ledger, shopId, voucher.customerId(), balance,
                    "voucher-cancelled:" + voucherId, now, actor);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reward", voucher.rewardName());
        details.put("pointsReturned", Long.toString(voucher.pointsSpent()));
        if (why != null) {
            details.put("reason", why);
        }
        auditLog.record(new AuditEvent(shopId, actor, "voucher.cancelled", "voucher", voucherId.toString(),
                details, now));
        return new Cancelled(vouchers.byId(shopId, voucherId).orElseThrow(), voucher.pointsSpent(), balance);
    }

    /** The answer for a voucher cancelled before; a used or expired one is refused (409); empty while it is open. */
    private static Optional<Cancelled> earlierCancellation(Voucher voucher, Instant now) {
        return switch (voucher.statusAt(now)) {
            case CANCELLED -> Optional.of(new Cancelled(voucher, voucher.pointsSpent(), null));
            case REDEEMED -> throw new RejectedException(Rejection.conflict("voucher-already-redeemed", "voucherId",
                    "This voucher was already used"));
            case EXPIRED -> throw new RejectedException(Rejection.conflict("voucher-expired", "voucherId",
                    "This voucher has expired"));
            case ISSUED -> Optional.empty();
        };
    }
}
