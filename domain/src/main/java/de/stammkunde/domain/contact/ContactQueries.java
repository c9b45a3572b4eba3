package de.stammkunde.domain.contact;

import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads: a customer's contact history, newest first, page by page. */
public final class ContactQueries {
    private final Customers customers;
    private final ServiceContacts contacts;

    public ContactQueries(Customers customers, ServiceContacts contacts) {
        this.customers = customers;
        this.contacts = contacts;
    }

    /** 404 for a customer the shop does not have; the page before the cursor (both parts, or none). */
    public List<ServiceContact> history(ShopId shopId, CustomerId customerId, @Nullable Instant beforeReceivedAt,
                                        @Nullable UUID beforeId, int limit) {
        customers.byId(shopId, customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        return contacts.ofCustomer(shopId, customerId, beforeReceivedAt, beforeId, limit);
    }
}
