package de.stammkunde.domain.customer;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.EmailAddress;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.SecretTokens;
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
import org.jspecify.annotations.Nullable;

/**
 * Use case: staff enrol a customer; with an e-mail, the link to set a portal password is mailed to them. Records
 * {@link CustomerEnrolled}: the ledger opens the points account and the programme credits welcome and referral
 * bonuses in reaction, in the same transaction.
 */
public final class CreateCustomer {

    public record Command(String firstName, String lastName, @Nullable String email, @Nullable String phone,
                          AcquisitionChannel acquisitionChannel, @Nullable LocalDate acquiredOn,
                          @Nullable CustomerId referredBy) {
        public Command(String firstName, String lastName, @Nullable String email, @Nullable String phone,
                       AcquisitionChannel acquisitionChannel, @Nullable LocalDate acquiredOn) {
            this(firstName, lastName, email, phone, acquisitionChannel, acquiredOn, null);
        }
    }

    /** The new customer and, if it has an e-mail, where the portal link was mailed. */
    public record Created(Customer customer, SendPortalActivation.@Nullable Sent activation) {
    }

    private final Shops shops;
    private final Customers customers;
    private final SendPortalActivation activation;
    private final DomainEvents events;
    private final AuditLog auditLog;
    private final Clock clock;

    public CreateCustomer(Shops shops, Customers customers, SendPortalActivation activation, DomainEvents events,
                          AuditLog auditLog, Clock clock) {
        this.shops = shops;
        this.customers = customers;
        this.activation = activation;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Created create(ShopId shopId, Command command, Actor actor) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        LocalDate today = LocalDate.ofInstant(now, shop.timeZone());
        LocalDate acquiredOn = command.acquiredOn() == null ? today : command.acquiredOn();
        if (acquiredOn.isAfter(today)) {
            Decision.reject("acquired-in-future", "acquiredOn", "The acquisition date cannot be in the future")
                    .orThrow();
        }
        PhoneNumber.check(command.phone()).orThrow();
        String email = blankToNull(command.email());
        if (email != null) {
            if (!EmailAddress.looksValid(email)) {
                Decision.reject("invalid-email", "email", "{0} is not a valid e-mail address", email).orThrow();
            }
            email = EmailAddress.normalise(email);
        }
        Customer referrer = null;
        if (command.referredBy() != null) {
            referrer = customers.byId(shopId, command.referredBy()).orElse(null);
            if (referrer == null) {
                Decision.reject("unknown-referrer", "referredBy", "No customer of this shop has that id").orThrow();
            }
        }
        // A referred customer's acquisition channel is the referral, whatever else was chosen.
        AcquisitionChannel channel = referrer != null ? AcquisitionChannel.REFERRAL : command.acquisitionChannel();
        if (!customers.hasChannel(shopId, channel)) {
            Decision.reject("unknown-channel", "acquisitionChannel", "The shop has no acquisition channel {0}",
                    channel.code()).orThrow();
        }
        Customer customer = new Customer(shopId, CustomerId.newId(), shops.nextCustomerNumber(shopId),
                command.firstName().strip(), command.lastName().strip(), email, blankToNull(command.phone()),
                channel, acquiredOn, false, now, null);
        if (!customers.add(customer, actor)) {
            Decision.conflict("customer-email-taken", "email", "Another customer already uses {0}", email).orThrow();
        }
        if (referrer != null) {
            customers.setReferredBy(shopId, customer.id(), referrer.id());
        }
        SendPortalActivation.Sent sent = email == null ? null : activation.send(shopId, customer.id(), actor);
        events.publish(new CustomerEnrolled(shopId, customer.id(), customer.number(), channel.code(), acquiredOn,
                referrer == null ? null : referrer.id(), actor, now));
        auditLog.record(new AuditEvent(shopId, actor, "customer.created", "customer", customer.id().toString(),
                Map.of("number", Long.toString(customer.number()), "channel", customer.acquisitionChannel().code()),
                now));
        return new Created(customer, sent);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
