package de.stammkunde.domain.ledger;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One immutable movement of points. The ledger is append-only: a correction is a new, reversing entry. The
 * idempotency key is unique per shop, so posting the same movement twice is impossible. Use cases build entries
 * through the named factories below (which also fix each kind's idempotency key); the canonical constructor is for
 * reading entries back from storage.
 */
public record LedgerEntry(ShopId shopId, LedgerEntryId id, CustomerId customerId, LedgerEntryType type,
                          long availableDelta, long pendingDelta, long owedDelta, @Nullable PurchaseId purchaseId,
                          @Nullable String reason, String idempotencyKey, Instant occurredAt,
                          List<PointsComponent> breakdown) {
    public LedgerEntry {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (availableDelta == 0 && pendingDelta == 0 && owedDelta == 0) {
            throw new IllegalArgumentException("a ledger entry moves points");
        }
        breakdown = List.copyOf(breakdown);
    }

    /** Points for a purchase: pending while its return window is open, else available; with the rule behind each. */
    public static LedgerEntry earn(ShopId shopId, CustomerId customerId, PurchaseId purchaseId, long points,
                                   boolean pending, List<PointsComponent> breakdown, Instant occurredAt) {
        return new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, LedgerEntryType.PURCHASE_EARN,
                pending ? 0 : points, pending ? points : 0, 0, purchaseId, null,
                "purchase:" + purchaseId + ":earn", occurredAt, breakdown);
    }

    /** The return window of the purchase passed: its pending points become available. */
    public static LedgerEntry release(ShopId shopId, CustomerId customerId, PurchaseId purchaseId, long points,
                                      Instant occurredAt) {
        return new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, LedgerEntryType.RELEASE, points, -points,
                0, purchaseId, null, "purchase:" + purchaseId + ":release", occurredAt, List.of());
    }

    /** A return takes back points: from the purchase's pending ones, then available ones; the rest is owed. */
    public static LedgerEntry returned(ShopId shopId, CustomerId customerId, PurchaseId purchaseId, UUID returnId,
                                       long fromAvailable, long fromPending, long owed, Instant occurredAt) {
        return new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, LedgerEntryType.RETURN, -fromAvailable,
                -fromPending, owed, purchaseId, null, "return:" + returnId, occurredAt, List.of());
    }

    /** Newly available points pay off owed ones; {@code cause} names what made them available (one per cause). */
    public static LedgerEntry settlement(ShopId shopId, CustomerId customerId, long points, String cause,
                                         Instant occurredAt) {
        return new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, LedgerEntryType.SHORTFALL_SETTLEMENT,
                -points, 0, -points, null, null, "settle:" + cause, occurredAt, List.of());
    }

    /** Points for joining the programme (once per customer). */
    public static LedgerEntry welcomeBonus(ShopId shopId, CustomerId customerId, long points, Instant occurredAt) {
        return new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, LedgerEntryType.WELCOME_BONUS, points, 0,
                0, null, null, "welcome:" + customerId, occurredAt,
                List.of(new PointsComponent("welcome", "welcome", points)));
    }

    /**
     * Points for a referral, to one side of it: {@code side} is {@code referee} (the new customer) or
     * {@code referrer}; {@code otherName} names the other side. Once per new customer and side.
     */
    public static LedgerEntry referralBonus(ShopId shopId, CustomerId customerId, CustomerId newCustomer,
                                            String side, long points, String otherName, Instant occurredAt) {
        return new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, LedgerEntryType.REFERRAL_BONUS, points, 0,
                0, null, null, "referral:" + newCustomer + ":" + side, occurredAt,
                List.of(new PointsComponent("referral", otherName, points)));
    }

    /** Points spent on a reward; the voucher issued for them has {@code voucherId}. */
    public static LedgerEntry redemption(ShopId shopId, CustomerId customerId, long points, String rewardName,
                                         UUID voucherId, Instant occurredAt) {
        return new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, LedgerEntryType.REDEMPTION, -points, 0, 0,
                null, rewardName, "redemption:" + voucherId, occurredAt, List.of());
    }

    /** The points of a cancelled voucher ({@code voucherId}) go back to the customer, once. */
    public static LedgerEntry voucherCancelled(ShopId shopId, CustomerId customerId, long points, String rewardName,
                                               UUID voucherId, Instant occurredAt) {
        return new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, LedgerEntryType.VOUCHER_CANCELLED, points,
                0, 0, null, rewardName, "voucher-cancelled:" + voucherId, occurredAt, List.of());
    }

    /** The owner corrects a balance by hand, up or down, with a reason. */
    public static LedgerEntry adjustment(ShopId shopId, CustomerId customerId, long points, String reason,
                                         Instant occurredAt) {
        LedgerEntryId id = LedgerEntryId.newId();
        return new LedgerEntry(shopId, id, customerId, LedgerEntryType.ADJUSTMENT, points, 0, 0, null, reason,
                "adjustment:" + id, occurredAt, List.of());
    }

    /** Bonus points as a gesture of goodwill ({@code gestureId}); {@code label} names the case. Once per gesture. */
    public static LedgerEntry goodwill(ShopId shopId, CustomerId customerId, long points, String label,
                                       UUID gestureId, Instant occurredAt) {
        return new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, LedgerEntryType.GOODWILL, points, 0, 0,
                null, label, "goodwill:" + gestureId, occurredAt,
                List.of(new PointsComponent("goodwill", label, points)));
    }

    /** Available points expired under the shop's rule ({@code mode}); {@code sequence}: the customer's n-th expiry. */
    public static LedgerEntry expiry(ShopId shopId, CustomerId customerId, long points, String mode, long sequence,
                                     Instant occurredAt) {
        return new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, LedgerEntryType.EXPIRY, -points, 0, 0,
                null, mode, "expiry:" + customerId + ":" + sequence, occurredAt, List.of());
    }
}
