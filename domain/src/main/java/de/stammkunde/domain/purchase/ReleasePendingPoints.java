package de.stammkunde.domain.purchase;

import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.PostingResult;
import de.stammkunde.domain.ledger.Shortfalls;
import de.stammkunde.domain.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Use case (scheduled): pending points whose return window has passed become available. Works in bounded
 * chunks — the caller reads {@link #due} and runs {@link #release} in one transaction per purchase — and is
 * idempotent: a purchase is locked, re-read and released at most once (the ledger key is per purchase).
 */
public final class ReleasePendingPoints {
    private final Purchases purchases;
    private final Ledger ledger;
    private final Clock clock;

    public ReleasePendingPoints(Purchases purchases, Ledger ledger, Clock clock) {
        this.purchases = purchases;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The next due purchases, oldest due first (read without locks; {@link #release} re-checks each). */
    public List<Purchase> due(int limit) {
        return purchases.dueForRelease(clock.instant(), limit);
    }

    /**
     * Releases one purchase's pending points, locking the purchase and then the balance (the same order as a
     * return takes). The scheduled job calls it in a transaction of its own per purchase, so it never holds many
     * customers' balances at once.
     */
    public boolean release(Purchase candidate) {
        Instant now = clock.instant();
        Purchase purchase = purchases.lockById(candidate.shopId(), candidate.id()).orElseThrow();
        if (purchase.pointsPending() == 0 || purchase.releaseAt() == null || purchase.releaseAt().isAfter(now)) {
            return false; // released or returned meanwhile
        }
        long points = purchase.pointsPending();
        Instant at = purchase.releaseAt();
        PostingResult result = ledger.post(LedgerEntry.release(purchase.shopId(), purchase.customerId(),
                purchase.id(), points, at), Actor.SYSTEM);
        switch (result) {
            case PostingResult.Posted(LedgerEntry entry, Balance balance) -> {
                purchases.setPointsPending(purchase.shopId(), purchase.id(), 0);
                Shortfalls.settle(ledger, purchase.shopId(), purchase.customerId(), balance,
                        "release:" + purchase.id(), at, Actor.SYSTEM);
                return true;
            }
            case PostingResult.AlreadyPosted already -> {
                purchases.setPointsPending(purchase.shopId(), purchase.id(), 0);
                return false;
            }
            case PostingResult.InsufficientBalance insufficient ->
                    throw new IllegalStateException("pending points of purchase " + purchase.id()
                            + " are not on the balance: " + insufficient + " (run the ledger check)");
        }
    }
}
