package de.stammkunde.domain.testing;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryCustomers implements Customers {
    private final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    private final Map<CustomerId, String> passwords = new HashMap<>();
    public final Map<CustomerId, CustomerId> referredBy = new HashMap<>();

    @Override
    public synchronized boolean add(Customer customer, Actor actor) {
        if (customer.email() != null && byEmail(customer.shopId(), customer.email()).isPresent()) {
            return false;
        }
        customers.put(customer.id(), customer);
        return true;
    }

    @Override
    public synchronized boolean update(Customer customer) {
        if (customer.email() != null && byEmail(customer.shopId(), customer.email())
                .filter(c -> !c.id().equals(customer.id())).isPresent()) {
            return false;
        }
        customers.put(customer.id(), customer);
        return true;
    }

    @Override
    public boolean hasChannel(ShopId shopId, AcquisitionChannel channel) {
        return channel.builtIn();
    }

    @Override
    public synchronized Optional<Customer> byId(ShopId shopId, CustomerId id) {
        return Optional.ofNullable(customers.get(id)).filter(c -> c.shopId().equals(shopId));
    }

    @Override
    public synchronized Optional<Customer> byEmail(ShopId shopId, String normalisedEmail) {
        return customers.values().stream().filter(c -> c.shopId().equals(shopId)
                && normalisedEmail.equals(c.email())).findFirst();
    }

    public synchronized List<Customer> all(ShopId shopId) {
        return customers.values().stream().filter(c -> c.shopId().equals(shopId)).toList();
    }

    @Override
    public synchronized Optional<String> passwordHash(ShopId shopId, CustomerId id) {
        return byId(shopId, id).map(c -> passwords.get(id));
    }

    @Override
    public synchronized void setPasswordHash(ShopId shopId, CustomerId id, String hash) {
        passwords.put(id, hash);
    }

    @Override
    public synchronized boolean replacePasswordHash(ShopId shopId, CustomerId id, String expected,
                                                    String replacement) {
        if (byId(shopId, id).isPresent() && expected.equals(passwords.get(id))) {
            passwords.put(id, replacement);
            return true;
        }
        return false;
    }

    @Override
    public synchronized void setReferredBy(ShopId shopId, CustomerId id, CustomerId referrer) {
        referredBy.put(id, referrer);
    }

    @Override
    public synchronized void setLanguage(ShopId shopId, CustomerId id, Language language) {
        Customer c = customers.get(id);
        customers.put(id, new Customer(c.shopId(), c.id(), c.number(), c.firstName(), c.lastName(), c.email(),
                c.phone(), c.acquisitionChannel(), c.acquiredOn(), c.portalEnabled(), c.createdAt(), language));
    }
}
