package de.stammkunde.domain.customer;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.PasswordPolicy;
import de.stammkunde.domain.shared.SecretTokens;
import de.stammkunde.domain.shared.ShopWords;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Use case: a customer opens the activation link and sets a portal password. */
public final class ActivatePortal {
    private final PortalActivations activations;
    private final Customers customers;
    private final AuditLog auditLog;
    private final PasswordHasher passwords;
    private final ShopWords shopWords;
    private final Clock clock;

    public ActivatePortal(PortalActivations activations, Customers customers, AuditLog auditLog,
                          PasswordHasher passwords, ShopWords shopWords, Clock clock) {
        this.activations = activations;
        this.customers = customers;
        this.auditLog = auditLog;
        this.passwords = passwords;
        this.shopWords = shopWords;
        this.clock = clock;
    }

    /** The customer behind a still-valid link. */
    public Optional<Customer> lookUp(String token) {
        return activations.byTokenHash(SecretTokens.hash(token))
                .filter(a -> a.isOpenAt(clock.instant()))
                .flatMap(a -> customers.byId(a.shopId(), a.customerId()));
    }

    public Customer activate(String token, String password) {
        PortalActivation activation = activations.byTokenHash(SecretTokens.hash(token))
                .filter(a -> a.isOpenAt(clock.instant()))
                .orElseThrow(() -> new NotFoundException("activation", "(token)"));
        Customer before = customers.byId(activation.shopId(), activation.customerId())
                .orElseThrow(() -> new NotFoundException("customer", activation.customerId()));
        List<String> context = new ArrayList<>(shopWords.of(activation.shopId()));
        context.addAll(Arrays.asList(before.firstName(), before.lastName(), before.email()));
        PasswordPolicy.check(password, context.toArray(String[]::new)).orThrow();
        var now = clock.instant();
        if (!activations.markUsed(activation.shopId(), activation.id(), now)) {
            throw new NotFoundException("activation", "(token)");
        }
        customers.setPasswordHash(activation.shopId(), activation.customerId(), passwords.hash(password));
        Customer customer = customers.byId(activation.shopId(), activation.customerId())
                .orElseThrow(() -> new NotFoundException("customer", activation.customerId()));
        auditLog.record(new AuditEvent(customer.shopId(), Actor.customer(customer.id()), "customer.portal-activated",
                "customer", customer.id().toString(), Map.of(), now));
        return customer;
    }
}
