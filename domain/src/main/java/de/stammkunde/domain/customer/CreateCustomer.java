package de.stammkunde.domain.customer;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.ledger.Ledger;
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
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Use case: staff enrol a customer. Opens the customer's (empty) points balance and, when an e-mail is given,
 * an activation link for the customer portal.
 */
public final class CreateCustomer {
    public static final Duration ACTIVATION_VALIDITY = Duration.ofDays(14);

    public record Command(String firstName, String lastName, @Nullable String email, @Nullable String phone,
                          AcquisitionChannel acquisitionChannel, @Nullable LocalDate acquiredOn) {
    }

    /** The new customer and, if it has an e-mail, the secret activation token for the portal link. */
    public record Created(Customer customer, @Nullable String activationToken, @Nullable Instant activationExpiresAt) {
    }

    private final Shops shops;
    private final Customers customers;
    private final PortalActivations activations;
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Clock clock;

    public CreateCustomer(Shops shops, Customers customers, PortalActivations activations, Ledger ledger,
                          AuditLog auditLog, Clock clock) {
        this.shops = shops;
        this.customers = customers;
        this.activations = activations;
        this.ledger = ledger;
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
        String email = blankToNull(command.email());
        if (email != null) {
            if (!EmailAddress.looksValid(email)) {
                Decision.reject("invalid-email", "email", "{0} is not a valid e-mail address", email).orThrow();
            }
            email = EmailAddress.normalise(email);
        }
        Customer customer = new Customer(shopId, CustomerId.newId(), shops.nextCustomerNumber(shopId),
                command.firstName().strip(), command.lastName().strip(), email, blankToNull(command.phone()),
                command.acquisitionChannel(), acquiredOn, false, now);
        if (!customers.add(customer, actor)) {
            Decision.reject("email-taken", "email", "Another customer already uses {0}", email).orThrow();
        }
        ledger.openAccount(shopId, customer.id(), actor);
        String token = null;
        Instant expires = null;
        if (email != null) {
            token = SecretTokens.newToken();
            expires = now.plus(ACTIVATION_VALIDITY);
            activations.add(new PortalActivation(shopId, UUID.randomUUID(), customer.id(), SecretTokens.hash(token),
                    expires, null), actor);
        }
        auditLog.record(new AuditEvent(shopId, actor, "customer.created", "customer", customer.id().toString(),
                Map.of("number", Long.toString(customer.number()), "channel", customer.acquisitionChannel().name()),
                now));
        return new Created(customer, token, expires);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
