package de.stammkunde.domain.customer;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.mail.LinkMails;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: the customer gets the link to set their portal password by e-mail — at enrolment, or again on staff's
 * request (the older link stops working). Staff never see the link: only the customer can set the password.
 */
public final class SendPortalActivation {
    public static final Duration VALIDITY = Duration.ofHours(72);

    /** Where the link went and until when it works. */
    public record Sent(String mailedTo, Instant expiresAt) {
    }

    private final Shops shops;
    private final Customers customers;
    private final PortalActivations activations;
    private final LinkTokens tokens;
    private final LinkMails mails;
    private final AuditLog auditLog;
    private final Clock clock;

    public SendPortalActivation(Shops shops, Customers customers, PortalActivations activations, LinkTokens tokens,
                                LinkMails mails, AuditLog auditLog, Clock clock) {
        this.shops = shops;
        this.customers = customers;
        this.activations = activations;
        this.tokens = tokens;
        this.mails = mails;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Sent send(ShopId shopId, CustomerId customerId, Actor actor) {
        Customer customer = customers.byId(shopId, customerId)
                .orElseThrow(() -> new NotFoundException("customer", customerId));
        if (customer.email() == null) {
            Decision.reject("customer-email-missing", "email", "The customer has no e-mail address").orThrow();
        }
        if (customer.portalEnabled()) {
            Decision.conflict("portal-active", "customerId", "The customer uses the portal already").orThrow();
        }
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        activations.revokeOpen(shopId, customerId, now);
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(VALIDITY);
        activations.add(new PortalActivation(shopId, id, customerId, tokens.hashFor(id), expires, null), actor);
        Map<String, String> params = new HashMap<>(shop.mailParams());
        params.put("firstName", customer.firstName());
        mails.send(MailTemplate.PORTAL_ACTIVATION, shopId, customer.email(), customer.preferredLanguage(), id,
                expires, params, now, actor);
        auditLog.record(new AuditEvent(shopId, actor, "customer.portal-link-sent", "customer",
                customerId.toString(), Map.of("expiresAt", expires.toString()), now));
        return new Sent(customer.email(), expires);
    }
}
