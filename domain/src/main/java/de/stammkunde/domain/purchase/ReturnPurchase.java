package de.stammkunde.domain.purchase;

import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Use case: goods are brought back. The purchase's points are taken back in proportion to the returned amount
 * (computed on the running total, so partial returns never round away more than the purchase earned): from the
 * purchase's pending points first, then from available points; what the customer already spent is recorded as
 * owed and paid off by future earnings. The balance never goes negative. Records {@link PurchaseReturned} (the tier
 * re-evaluates at once: a fall below the threshold starts the grace period).
 */
public final class ReturnPurchase {
    /** {@code owedAdded}: the part of the reversed points the customer had already spent. */
    public record Returned(PurchaseReturn purchaseReturn, Balance balance, long owedAdded) {
    }

    private final Purchases purchases;
    private final Ledger ledger;
    private final DomainEvents events;
    private final Clock clock;

    public ReturnPurchase(Purchases purchases, Ledger ledger, DomainEvents events, Clock clock) {
        this.purchases = purchases;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    public Returned returnGoods(ShopId shopId, CustomerId customerId, PurchaseId purchaseId, Money amount,
                                Actor actor) {
        Purchase purchase = purchases.lockById(shopId, purchaseId)
                .filter(p -> p.customerId().equals(customerId))
                .orElseThrow(() -> new NotFoundException("purchase", purchaseId));
        if (!amount.currency().equals(purchase.amount().currency())) {
            Decision.reject("currency-mismatch", "currency", "This shop records purchases in {0}",
                    purchase.amount().currencyCode()).orThrow();
        }
        if (!amount.isPositive() || !amount.fitsCurrencyPrecision()) {
            Decision.reject("amount-not-positive", "amount", "The amount must be greater than zero").orThrow();
        }
        if (amount.amount().compareTo(purchase.returnable()) > 0) {
            Decision.reject("return-exceeds-purchase", "amount", "At most {0} of this purchase can be returned",
                    purchase.returnable().toPlainString()).orThrow();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        BigDecimal returnedTotal = purchase.amountReturned().add(amount.amount());
        long reversedTotal = BigDecimal.valueOf(purchase.pointsEarned()).multiply(returnedTotal)
                .divide(purchase.amount().amount(), 0, RoundingMode.DOWN).longValueExact();
        long reverse = reversedTotal - purchase.pointsReversed();

        UUID returnId = UUID.randomUUID();
        PurchaseReturn purchaseReturn = new PurchaseReturn(shopId, returnId, purchaseId, purchase.customerId(),
                amount, reverse, now);
        purchases.addReturn(purchaseReturn, returnedTotal, reversedTotal, actor);
        Balance balance = ledger.lock(shopId, purchase.customerId());
        long fromPending = Math.min(reverse, Math.min(purchase.pointsPending(), balance.pending()));
        long fromAvailable = Math.min(reverse - fromPending, balance.available());
        long owed = reverse - fromPending - fromAvailable;
        if (reverse > 0) {
            // computed against the locked balance: it cannot overdraw
            balance = ledger.postOrFail(LedgerEntry.returned(shopId, purchase.customerId(), purchaseId, returnId,
                    fromAvailable, fromPending, owed, now), actor);
        }
        if (fromPending > 0) {
            purchases.setPointsPending(shopId, purchaseId, purchase.pointsPending() - fromPending);
        }
        events.publish(new PurchaseReturned(shopId, returnId, purchaseId, purchase.customerId(), amount, reverse,
                actor, now));
        return new Returned(purchaseReturn, balance, owed);
    }
}
