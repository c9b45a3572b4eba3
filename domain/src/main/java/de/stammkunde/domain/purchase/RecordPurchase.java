package de.stammkunde.domain.purchase;

import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.Shortfalls;
import de.stammkunde.domain.programme.EarningPolicy;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.programme.Promotions;
import de.stammkunde.domain.tier.Tier;
import de.stammkunde.domain.tier.TierEvaluation;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Use case: record a purchase and credit the points the shop's earning rule gives for it — pending until the
 * shop's return window has passed, or available at once when the shop has none (or the window is already over
 * for a purchase recorded late). Records {@link PurchaseRecorded} last (the tier reacts to it; so a purchase locks
 * the balance before the tier state, as a return does).
 */
public final class RecordPurchase {
    /**
     * {@code lines}: what was spent per product category (for category promotions); may be empty.
     * {@code recordedBy}: who records it, which limits how far back {@code occurredAt} may lie; the shorter
     * constructors take the strictest ({@link PurchaseRecorder#TILL}). {@code confirmed}: staff confirmed an amount
     * {@link PurchasePlausibility} found unusually high.
     */
    public record Command(CustomerId customerId, Money amount, @Nullable String reference,
                          @Nullable Instant occurredAt, List<PurchaseLine> lines, PurchaseRecorder recordedBy,
                          boolean confirmed) {
        public Command {
            lines = List.copyOf(lines);
        }

        public Command(CustomerId customerId, Money amount, @Nullable String reference,
                       @Nullable Instant occurredAt, List<PurchaseLine> lines, PurchaseRecorder recordedBy) {
            this(customerId, amount, reference, occurredAt, lines, recordedBy, false);
        }

        public Command(CustomerId customerId, Money amount, @Nullable String reference,
                       @Nullable Instant occurredAt, List<PurchaseLine> lines) {
            this(customerId, amount, reference, occurredAt, lines, PurchaseRecorder.TILL);
        }

        public Command(CustomerId customerId, Money amount, @Nullable String reference,
                       @Nullable Instant occurredAt) {
            this(customerId, amount, reference, occurredAt, List.of());
        }
    }

    /** {@code lines}: the category lines as stored (one per category). */
    public record Recorded(Purchase purchase, Balance balance, List<PurchaseLine> lines) {
    }

    private final Shops shops;
    private final Customers customers;
    private final Purchases purchases;
    private final Programmes programmes;
    private final Promotions promotions;
    private final TierEvaluation tiers;
    private final Ledger ledger;
    private final DomainEvents events;
    private final PurchaseStatistics statistics;
    private final Clock clock;

    public RecordPurchase(Shops shops, Customers customers, Purchases purchases, Programmes programmes,
                          Promotions promotions, TierEvaluation tiers, Ledger ledger, DomainEvents events,
                          PurchaseStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.shops = shops;
        this.customers = customers;
        this.purchases = purchases;
        this.programmes = programmes;
        this.promotions = promotions;
        this.tiers = tiers;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    public Recorded record(ShopId shopId, Command command, Actor actor) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        customers.byId(shopId, command.customerId())
                .orElseThrow(() -> new NotFoundException("customer", command.customerId()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        Instant occurredAt = command.occurredAt() == null ? now : command.occurredAt().truncatedTo(ChronoUnit.MICROS);
        PurchasePolicy.check(shop, command.amount(), occurredAt, now, command.recordedBy()).orThrow();
        PurchasePolicy.checkLines(shop, command.amount(), command.lines()).orThrow();
        if (command.recordedBy().typedByHand() && !command.confirmed()
                && PurchasePlausibility.worthChecking(command.amount())) {
            PurchasePlausibility.check(command.amount(), statistics.usualUpTo(shopId)).orThrow();
        }
        List<PurchaseLine> lines = PurchaseLine.merge(command.lines());

        Tier tier = tiers.currentTier(shopId, command.customerId());
        EarningPolicy.Earning earning = EarningPolicy.earn(programmes.earningRule(shopId),
                tier == null ? null : tier.name(), tier == null ? null : tier.multiplier(),
                promotions.activeAt(shopId, occurredAt), command.amount(), lines, occurredAt);
        long points = earning.total();
        int window = programmes.returnWindowDays(shopId);
        Instant releaseAt = occurredAt.plus(Duration.ofDays(window));
        boolean pending = points > 0 && releaseAt.isAfter(now);
        String reference = command.reference() == null || command.reference().isBlank() ? null
                : command.reference().strip();
        Purchase purchase = new Purchase(shopId, PurchaseId.newId(), command.customerId(), command.amount(),
                reference, occurredAt, points, pending ? points : 0, pending ? releaseAt : null, BigDecimal.ZERO, 0);
        purchases.add(purchase, actor);
        if (!lines.isEmpty()) {
            purchases.addLines(shopId, purchase.id(), lines);
        }
        Balance balance;
        if (points == 0) {
            balance = ledger.balance(shopId, command.customerId());
        } else {
            balance = ledger.postOrFail(LedgerEntry.earn(shopId, command.customerId(), purchase.id(), points, pending,
                    earning.components(), occurredAt), actor);
            if (!pending) {
                balance = Shortfalls.settle(ledger, shopId, command.customerId(), balance,
                        "purchase:" + purchase.id(), occurredAt, actor);
            }
        }
        events.publish(new PurchaseRecorded(shopId, purchase.id(), command.customerId(), command.amount(), points,
                actor, occurredAt));
        return new Recorded(purchase, balance, lines);
    }
}
