package de.stammkunde.domain.complaint;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.mail.MailQueue;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shop.BusinessHoursSettings;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Begrüßen when nobody is there (DOMAIN.md §4): a request the customer opened (portal, web shop) outside the shop's
 * business hours gets an automatic e-mail at once — received, case number, when the shop opens again — and the
 * case's timeline says so. Once per case (the mail's dedupe key). A case staff opened needs none: they are there.
 * The case stays in Begrüßen: the personal greeting is still due.
 */
public final class AcknowledgeOutsideHours {
    private final ComplaintCases cases;
    private final Customers customers;
    private final Shops shops;
    private final BusinessHoursSettings hours;
    private final MailQueue mail;
    private final Clock clock;

    public AcknowledgeOutsideHours(ComplaintCases cases, Customers customers, Shops shops,
                                   BusinessHoursSettings hours, MailQueue mail, Clock clock) {
        this.cases = cases;
        this.customers = customers;
        this.shops = shops;
        this.hours = hours;
        this.mail = mail;
        this.clock = clock;
    }

    public void handle(CaseOpened opened) {
        ComplaintCase c = cases.byId(opened.shopId(), opened.caseId()).orElse(null);
        if (c == null || c.openedBy().startsWith(Actor.Kind.STAFF.name().toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        Shop shop = shops.byId(opened.shopId()).orElseThrow();
        var businessHours = hours.current(shop.id());
        if (businessHours.openAt(opened.occurredAt(), shop.timeZone())) {
            return;
        }
        Customer customer = customers.byId(shop.id(), c.customerId()).orElse(null);
        if (customer == null || customer.email() == null) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String next = businessHours.nextOpening(opened.occurredAt(), shop.timeZone()).map(Instant::toString)
                .orElse("");
        boolean queued = mail.queue(new OutgoingMail(shop.id(), UUID.randomUUID(), "case-acknowledgement:" + c.id(),
                customer.email(), customer.preferredLanguage(), MailTemplate.CASE_ACKNOWLEDGEMENT,
                Map.of("firstName", customer.firstName(), "shopName", shop.name(), "shopSlug", shop.slug(),
                        "caseNumber", Long.toString(c.number()), "subject", c.subject(), "nextOpening", next,
                        "timeZone", shop.timeZone().getId())), now, Actor.SYSTEM);
        if (queued) {
            cases.appendEntry(shop.id(), c.id(), new CaseEntry(CaseEntry.Kind.AUTO_ACKNOWLEDGED, now,
                    Actor.SYSTEM.describe(), null));
        }
    }
}
