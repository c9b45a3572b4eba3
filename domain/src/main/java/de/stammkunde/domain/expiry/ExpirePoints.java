package de.stammkunde.domain.expiry;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.mail.MailOutbox;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Use case (scheduled daily, and for the portal): books what has expired as an EXPIRY entry — computed under the
 * balance lock, so running it again books nothing twice — and sends one notice per customer and expiry date 30
 * days ahead (recorded for the portal, and by e-mail through the outbox when the customer has an address).
 */
public final class ExpirePoints {
    public static final Duration NOTICE_AHEAD = Duration.ofDays(30);

    private final Shops shops;
    private final Customers customers;
    private final Programmes programmes;
    private final Purchases purchases;
    private final Ledger ledger;
    private final ExpiryNotices notices;
    private final MailOutbox outbox;
    private final Clock clock;

    public ExpirePoints(Shops shops, Customers customers, Programmes programmes, Purchases purchases, Ledger ledger,
                        ExpiryNotices notices, MailOutbox outbox, Clock clock) {
        this.shops = shops;
        this.customers = customers;
        this.programmes = programmes;
        this.purchases = purchases;
        this.ledger = ledger;
        this.notices = notices;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What will expire when, for the portal and the console. */
    public List<ExpiryPolicy.Expiring> schedule(ShopId shopId, CustomerId customerId) {
        Balance balance = ledger.balance(shopId, customerId);
        return ExpiryPolicy.schedule(programmes.expiryRule(shopId), ledger.allEntries(shopId, customerId),
                balance.available(), purchases.lastPurchaseAt(shopId, customerId).orElse(null));
    }

    /** Books due expiries and sends due notices for one customer; returns the points expired. */
    public long run(ShopId shopId, CustomerId customerId) {
        ExpiryRule rule = programmes.expiryRule(shopId);
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
            var result = ledger.post(new LedgerEntry(shopId, LedgerEntryId.newId(), customerId,
                    LedgerEntryType.EXPIRY, -due, 0, null, rule.mode().name(),
                    "expiry:" + customerId + ":" + (previous + 1), now), Actor.SYSTEM);
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
                    mailNotice(shop, customers.byId(shopId, customerId).orElseThrow(), upcoming.points(), on, now);
                }
            }
        }
        return expired;
    }

    /** Queued in this transaction: the mail goes out exactly when the notice is recorded (the portal shows it too). */
    private void mailNotice(Shop shop, Customer customer, long points, LocalDate on, Instant now) {
        if (customer.email() == null) {
            return;
        }
        outbox.enqueue(new OutgoingMail(shop.id(), UUID.randomUUID(),
                "points-expiring:" + customer.id() + ":" + on, customer.email(), customer.preferredLanguage(),
                MailTemplate.POINTS_EXPIRING, Map.of("firstName", customer.firstName(), "points",
                Long.toString(points), "expiresOn", on.toString(), "shopName", shop.name(), "shopSlug", shop.slug())),
                now, Actor.SYSTEM);
    }

    public ExpiryRule rule(ShopId shopId) {
        return programmes.expiryRule(shopId);
    }
}
