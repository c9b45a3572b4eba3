package de.stammkunde.domain.customer;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;
import java.util.Optional;

/** Port: the shop's customers. */
public interface Customers {
    /** Adds the customer; false when the shop already has a customer with that e-mail. */
    boolean add(Customer customer, Actor actor);

    Optional<Customer> byId(ShopId shopId, CustomerId id);

    /** Stores the customer's name, e-mail and phone; false when another customer of the shop has that e-mail. */
    boolean update(Customer customer);

    /** Whether the shop has this acquisition channel (built-in or its own). */
    boolean hasChannel(ShopId shopId, AcquisitionChannel channel);

    Optional<Customer> byEmail(ShopId shopId, String normalisedEmail);

    Optional<String> passwordHash(ShopId shopId, CustomerId id);

    void setPasswordHash(ShopId shopId, CustomerId id, String hash);

    /**
     * Replaces the customer's password hash with an equivalent one (a stronger algorithm or parameters, after a
     * successful login) — only while it is still {@code expected}, so a password changed meanwhile is kept.
     */
    boolean replacePasswordHash(ShopId shopId, CustomerId id, String expected, String replacement);

    void setReferredBy(ShopId shopId, CustomerId id, CustomerId referrer);

    /** Remembers the language the customer uses the portal in (a no-op when it is the same). */
    void setLanguage(ShopId shopId, CustomerId id, Language language);
}
