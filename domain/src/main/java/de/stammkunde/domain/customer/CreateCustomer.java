package de.stammkunde.domain.customer;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.ledger.PostingResult;
import de.stammkunde.domain.ledger.Shortfalls;
import de.stammkunde.domain.programme.Bonuses;
import de.stammkunde.domain.programme.PointsComponent;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.shared.LedgerEntryId;
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
 * Use case: staff enrol a customer. Opens the customer's (empty) points balance and, when an e-mail is given,
 * an activation link for the customer portal.
 */
public final class CreateCustomer {
    public static final Duration ACTIVATION_VALIDITY = Duration.ofDays(14);

    public record Command(String firstName, String lastName, @Nullable String email, @Nullable String phone,
                          AcquisitionChannel acquisitionChannel, @Nullable LocalDate acquiredOn,
                          @Nullable CustomerId referredBy) {
        public Command(String firstName, String lastName, @Nullable String email, @Nullable String phone,
                       AcquisitionChannel acquisitionChannel, @Nullable LocalDate acquiredOn) {
            this(firstName, lastName, email, phone, acquisitionChannel, acquiredOn, null);
        }
    }

    /** The new customer and, if it has an e-mail, the secret activation token for the portal link. */
    public record Created(Customer customer, @Nullable String activationToken, @Nullable Instant activationExpiresAt) {
    }

    private final Shops shops;
    private final Customers customers;
    private final PortalActivations activations;
    private final Ledger ledger;
    private final Programmes programmes;
    private final AuditLog auditLog;
    private final Clock clock;

    public CreateCustomer(Shops shops, Customers customers, PortalActivations activations, Ledger ledger,
                          Programmes programmes, AuditLog auditLog, Clock clock) {
        this.shops = shops;
        this.customers = customers;
        this.activations = activations;
        this.ledger = ledger;
        this.programmes = programmes;
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
        Customer referrer = null;
        if (command.referredBy() != null) {
            referrer = customers.byId(shopId, command.referredBy()).orElse(null);
            if (referrer == null) {
                Decision.reject("unknown-referrer", "referredBy", "No customer of this shop has that id").orThrow();
            }
        }
        // A referred customer's acquisition channel is the referral, whatever else was chosen.
        AcquisitionChannel channel = referrer != null ? AcquisitionChannel.REFERRAL : command.acquisitionChannel();
        Customer customer = new Customer(shopId, CustomerId.newId(), shops.nextCustomerNumber(shopId),
                command.firstName().strip(), command.lastName().strip(), email, blankToNull(command.phone()),
                channel, acquiredOn, false, now, null);
        if (!customers.add(customer, actor)) {
            Decision.conflict("customer-email-taken", "email", "Another customer already uses {0}", email).orThrow();
        }
        ledger.openAccount(shopId, customer.id(), actor);
        if (referrer != null) {
            customers.setReferredBy(shopId, customer.id(), referrer.id());
        }
        creditBonuses(shopId, customer, referrer, now, actor);
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

    private void creditBonuses(ShopId shopId, Customer customer, @Nullable Customer referrer, Instant now,
                               Actor actor) {
        Bonuses bonuses = programmes.bonuses(shopId);
        if (bonuses.welcome() > 0) {
            bonus(shopId, customer.id(), LedgerEntryType.WELCOME_BONUS, bonuses.welcome(), "welcome", "welcome",
                    "welcome:" + customer.id(), now, actor);
        }
        if (referrer != null && bonuses.referee() > 0) {
            bonus(shopId, customer.id(), LedgerEntryType.REFERRAL_BONUS, bonuses.referee(), "referral",
                    referrer.firstName() + " " + referrer.lastName(), "referral:" + customer.id() + ":referee", now,
                    actor);
        }
        if (referrer != null && bonuses.referrer() > 0) {
            Balance balance = bonus(shopId, referrer.id(), LedgerEntryType.REFERRAL_BONUS, bonuses.referrer(),
                    "referral", customer.firstName() + " " + customer.lastName(),
                    "referral:" + customer.id() + ":referrer", now, actor);
            Shortfalls.settle(ledger, shopId, referrer.id(), balance, "referral:" + customer.id(), now, actor);
        }
    }

    private Balance bonus(ShopId shopId, CustomerId customerId, LedgerEntryType type, long points, String rule,
                          String label, String key, Instant now, Actor actor) {
        PostingResult result = ledger.post(new LedgerEntry(shopId, LedgerEntryId.newId(), customerId, type, points, 0,
                0, null, null, key, now, List.of(new PointsComponent(rule, label, points))), actor);
        return switch (result) {
            case PostingResult.Posted posted -> posted.balance();
            case PostingResult.AlreadyPosted already -> already.balance();
            case PostingResult.InsufficientBalance insufficient ->
                    throw new IllegalStateException("a bonus cannot overdraw: " + insufficient);
        };
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
