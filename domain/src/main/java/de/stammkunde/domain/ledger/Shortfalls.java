package de.stammkunde.domain.ledger;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;

/**
 * Keeps the rule "while points are owed, none are available": after points become available, whatever is owed
 * is paid off first, as a visible SHORTFALL_SETTLEMENT entry.
 */
public final class Shortfalls {
    private Shortfalls() {
    }

    /** Settles what it can; returns the balance afterwards. {@code cause} makes the settlement idempotent. */
    public static Balance settle(Ledger ledger, ShopId shopId, CustomerId customerId, Balance balance, String cause,
                                 Instant at, Actor actor) {
        long pay = Math.min(balance.owed(), balance.available());
        if (pay == 0) {
            return balance;
        }
        return ledger.postOrFail(LedgerEntry.settlement(shopId, customerId, pay, cause, at), actor);
    }
}
