package de.stammkunde.domain.customer;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.EmailAddress;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Use case: staff correct a customer's name, e-mail address or phone number. The e-mail address is also the portal
 * login; another customer of the shop may not have it (409). Number, channel and acquisition date stay what they
 * were (they are history). Audited with the fields that changed, not their values (personal data stays out of the
 * log).
 */
public final class UpdateCustomer {
    public record Command(String firstName, String lastName, @Nullable String email, @Nullable String phone) {
    }

    private final Customers customers;
    private final AuditLog auditLog;
    private final Clock clock;

    public UpdateCustomer(Customers customers, AuditLog auditLog, Clock clock) {
        this.customers = customers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Customer update(ShopId shopId, CustomerId customerId, Command command, Actor actor) {
        Customer before = customers.byId(shopId, customerId)
                .orElseThrow(() -> new NotFoundException("customer", customerId));
        PhoneNumber.check(command.phone()).orThrow();
        String email = blankToNull(command.email());
        if (email != null) {
            if (!EmailAddress.looksValid(email)) {
                Decision.reject("invalid-email", "email", "{0} is not a valid e-mail address", email).orThrow();
            }
            email = EmailAddress.normalise(email);
        }
        Customer after = new Customer(shopId, customerId, before.number(), command.firstName().strip(),
                command.lastName().strip(), email, blankToNull(command.phone()), before.acquisitionChannel(),
                before.acquiredOn(), before.portalEnabled(), before.createdAt(), before.language());
        Map<String, String> changed = new LinkedHashMap<>();
        if (!after.firstName().equals(before.firstName()) || !after.lastName().equals(before.lastName())) {
            changed.put("name", "changed");
        }
        if (!Objects.equals(after.email(), before.email())) {
            changed.put("email", "changed");
        }
        if (!Objects.equals(after.phone(), before.phone())) {
            changed.put("phone", "changed");
        }
        if (changed.isEmpty()) {
            return before; // nothing to do: a repeated save is harmless
        }
        if (email != null && customers.byEmail(shopId, email).filter(c -> !c.id().equals(customerId)).isPresent()
                || !customers.update(after)) {
            Decision.conflict("customer-email-taken", "email", "Another customer already uses {0}", email).orThrow();
        }
        changed.put("number", Long.toString(before.number()));
        auditLog.record(new AuditEvent(shopId, actor, "customer.changed", "customer", customerId.toString(),
                changed, clock.instant()));
        return after;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
