package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A gesture of goodwill in a complaint case, with its {@code cost} to the shop. {@code status}: ISSUED (given,
 * within the limits or approved), PENDING_APPROVAL (above a limit: {@code overLimits} says which), REJECTED.
 * The kind's details: {@code points} (bonus points), {@code rewardId}/{@code voucherId} (voucher),
 * {@code subscriptionId}/{@code months} (free months), {@code description} (the fee's name, the gift, the voucher's
 * reward). A fee refund is {@code refundPaidAt} once the shop paid it.
 */
public record Gesture(ShopId shopId, UUID id, UUID caseId, CustomerId customerId, GestureKind kind,
                      @Nullable Long points, @Nullable UUID rewardId, @Nullable UUID voucherId,
                      @Nullable UUID subscriptionId, @Nullable Integer months, @Nullable String description,
                      Money cost, Status status, List<Limit> overLimits, StaffId requestedBy, Instant requestedAt,
                      @Nullable StaffId decidedBy, @Nullable Instant decidedAt, @Nullable String decisionReason,
                      @Nullable Instant issuedAt, @Nullable Instant refundPaidAt) {
    public enum Status { ISSUED, PENDING_APPROVAL, REJECTED }

    /** The limits a gesture can exceed. */
    public enum Limit { PER_GESTURE, PER_CASE, PER_MONTH, MONTHLY_BUDGET }

    public Gesture {
        overLimits = List.copyOf(overLimits);
    }

    Gesture issued(Instant at, @Nullable UUID voucher, @Nullable StaffId approver, @Nullable String reason) {
        return new Gesture(shopId, id, caseId, customerId, kind, points, rewardId, voucher, subscriptionId, months,
                description, cost, Status.ISSUED, overLimits, requestedBy, requestedAt, approver,
                approver == null ? null : at, reason, at, null);
    }

    Gesture rejected(StaffId by, Instant at, String reason) {
        return new Gesture(shopId, id, caseId, customerId, kind, points, rewardId, voucherId, subscriptionId, months,
                description, cost, Status.REJECTED, overLimits, requestedBy, requestedAt, by, at, reason, null, null);
    }

    Gesture refundPaid(Instant at) {
        return new Gesture(shopId, id, caseId, customerId, kind, points, rewardId, voucherId, subscriptionId, months,
                description, cost, status, overLimits, requestedBy, requestedAt, decidedBy, decidedAt,
                decisionReason, issuedAt, at);
    }
}
