package de.stammkunde.domain.expiry;

import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.CustomerRef;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Use case (scheduled daily, and for the portal): books what has expired as an EXPIRY entry — computed under the
 * balance lock, so running it again books nothing twice — and issues one notice per customer and expiry date 30
 * days ahead: recorded for the portal and published as {@link ExpiryNoticeIssued} (which is mailed after commit).
 */
public final class ExpirePoints {
    public static final Duration NOTICE_AHEAD = Duration.ofDays(30);

    private final Shops shops;
    private final ExpiryRules rules;
    private final Purchases purchases;
    private final Ledger ledger;
    private final ExpiryNotices notices;
    private final DomainEvents events;
    private final Clock clock;

    public ExpirePoints(Shops shops, ExpiryRules rules, Purchases purchases, Ledger ledger, ExpiryNotices notices,
                        DomainEvents events, Clock clock) {
        this.shops = shops;
        this.rules = rules;
        this.purchases = purchases;
        this.ledger = ledger;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** What will expire when, for the portal and the console. */
    public List<ExpiryPolicy.Expiring> schedule(ShopId shopId, CustomerId customerId) {
        Balance balance = ledger.balance(shopId, customerId);
        return ExpiryPolicy.schedule(rules.of(shopId), ledger.allEntries(shopId, customerId),
                balance.available(), purchases.lastPurchaseAt(shopId, customerId).orElse(null));
    }

    /** Books due expiries and sends due notices for one customer; returns the points expired. */
    public long run(ShopId shopId, CustomerId customerId) {
        ExpiryRule rule = rules.of(shopId);
        if (rule.mode() == ExpiryRule.Mode.NONE) {
            return 0;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Balance balance = ledger.lock(shopId, customerId);
        List<LedgerEntry> entries = ledger.allEntries(shopId, customerId);
        List<ExpiryPolicy.Expiring> schedule = ExpiryPolicy.schedule(rule, entries,
                balance.available(), purchases.lastPurchaseAt(shopId, customerId).orElse(null));
        long due = Math.min(ExpiryPolicy.dueAt(schedule, now), balance.available());
        long expired = 0;
        if (due > 0) {
            // Under the balance lock the schedule already counts earlier expiries, so a second run books nothing;
            // the key (n-th expiry of this customer) makes a concurrent duplicate impossible all the same.
            long previous = entries.stream().filter(ExpiryPolicy::isExpiry).count();
            var result = ledger.post(LedgerEntry.expiry(shopId, customerId, due, rule.mode().name(), previous + 1,
                    now), Actor.SYSTEM);
            if (result instanceof de.stammkunde.domain.ledger.PostingResult.Posted) {
                expired = due;
            }
        }
        Shop shop = null; // looked up only when a notice is due: the daily job runs this for every customer
        for (ExpiryPolicy.Expiring upcoming : schedule) {
            if (upcoming.at().isAfter(now) && !upcoming.at().isAfter(now.plus(NOTICE_AHEAD))) {
                if (shop == null) {
                    shop = shops.byId(shopId).orElseThrow();
                }
                LocalDate on = LocalDate.ofInstant(upcoming.at(), shop.timeZone());
                if (notices.record(shopId, customerId, on, upcoming.points(), Actor.SYSTEM)) {
                    events.publish(new ExpiryNoticeIssued(shopId, customerId, on, upcoming.points(), now));
                }
            }
        }
        return expired;
    }

    /** Customers of all shops with available points after {@code after}, in order: the daily run's walk. */
    public List<CustomerRef> customersWithPointsAfter(@Nullable CustomerRef after, int limit) {
        return ledger.withPointsAfter(after, limit);
    }

    public ExpiryRule rule(ShopId shopId) {
        return rules.of(shopId);
    }
}
