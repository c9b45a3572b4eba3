package de.stammkunde.domain.ledger;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;

/**
 * Keeps the rule "while points are owed, none are available": after points become available, whatever is owed
 * is paid off first, as a visible SHORTFALL_SETTLEMENT entry.
 */
public final class Shortfalls {
    private Shortfalls() {
    }

    /** Settles what it can; returns the balance afterwards. {@code key} makes the settlement idempotent. */
    public static Balance settle(Ledger ledger, ShopId shopId, CustomerId customerId, Balance balance, String key,
                                 Instant at, Actor actor) {
        long pay = Math.min(balance.owed(), balance.available());
        if (pay == 0) {
            return balance;
        }
        PostingResult result = ledger.post(new LedgerEntry(shopId, LedgerEntryId.newId(), customerId,
                LedgerEntryType.SHORTFALL_SETTLEMENT, -pay, 0, -pay, null, null, "settle:" + key, at), actor);
        return switch (result) {
            case PostingResult.Posted posted -> posted.balance();
            case PostingResult.AlreadyPosted already -> already.balance();
            case PostingResult.InsufficientBalance insufficient ->
                    throw new IllegalStateException("settlement cannot overdraw: " + insufficient);
        };
    }
}
