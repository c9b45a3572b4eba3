package de.stammkunde.domain.ledger;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.programme.PointsComponent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One immutable movement of points. The ledger is append-only: a correction is a new, reversing entry. The
 * idempotency key is unique per shop, so posting the same movement twice is impossible.
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

    /** An entry without a breakdown by rule. */
    public LedgerEntry(ShopId shopId, LedgerEntryId id, CustomerId customerId, LedgerEntryType type,
                       long availableDelta, long pendingDelta, long owedDelta, @Nullable PurchaseId purchaseId,
                       @Nullable String reason, String idempotencyKey, Instant occurredAt) {
        this(shopId, id, customerId, type, availableDelta, pendingDelta, owedDelta, purchaseId, reason,
                idempotencyKey, occurredAt, List.of());
    }

    /** An entry that owes nothing. */
    public LedgerEntry(ShopId shopId, LedgerEntryId id, CustomerId customerId, LedgerEntryType type,
                       long availableDelta, long pendingDelta, @Nullable PurchaseId purchaseId,
                       @Nullable String reason, String idempotencyKey, Instant occurredAt) {
        this(shopId, id, customerId, type, availableDelta, pendingDelta, 0, purchaseId, reason, idempotencyKey,
                occurredAt);
    }
}
