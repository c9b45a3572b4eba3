package de.stammkunde.domain.expiry;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.mail.MailQueue;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * After an expiry notice committed: queues the e-mail to the customer, in their language, if they have an
 * address. Once per customer and expiry date however often it runs (the mail's dedupe key).
 */
public final class MailExpiryNotice {
    private final Shops shops;
    private final Customers customers;
    private final MailQueue mail;
    private final Clock clock;

    public MailExpiryNotice(Shops shops, Customers customers, MailQueue mail, Clock clock) {
        this.shops = shops;
        this.customers = customers;
        this.mail = mail;
        this.clock = clock;
    }

    public void handle(ExpiryNoticeIssued notice) {
        Customer customer = customers.byId(notice.shopId(), notice.customerId()).orElse(null);
        if (customer == null || customer.email() == null) {
            return;
        }
        Shop shop = shops.byId(notice.shopId()).orElseThrow();
        mail.queue(new OutgoingMail(shop.id(), UUID.randomUUID(),
                "points-expiring:" + customer.id() + ":" + notice.expiresOn(), customer.email(),
                customer.preferredLanguage(), MailTemplate.POINTS_EXPIRING, Map.of("firstName", customer.firstName(),
                "points", Long.toString(notice.points()), "expiresOn", notice.expiresOn().toString(),
                "shopName", shop.name(), "shopSlug", shop.slug())), clock.instant(), Actor.SYSTEM);
    }
}
