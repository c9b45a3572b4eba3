package de.stammkunde.domain.testing;

import de.stammkunde.domain.contact.ServiceContact;
import de.stammkunde.domain.contact.ServiceContacts;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Service contacts in memory, ordered as the adapter orders them (received, then id, newest first). */
public final class InMemoryServiceContacts implements ServiceContacts {
    public final List<ServiceContact> all = new ArrayList<>();

    @Override
    public synchronized void add(ServiceContact contact) {
        all.add(contact);
    }

    @Override
    public synchronized List<ServiceContact> ofCustomer(ShopId shopId, CustomerId customerId,
                                                        @Nullable Instant beforeReceivedAt, @Nullable UUID beforeId,
                                                        int limit) {
        Comparator<ServiceContact> newestFirst = Comparator.comparing(ServiceContact::receivedAt)
                .thenComparing(ServiceContact::id).reversed();
        return all.stream()
                .filter(c -> c.shopId().equals(shopId) && c.customerId().equals(customerId))
                .filter(c -> beforeReceivedAt == null || beforeId == null
                        || c.receivedAt().isBefore(beforeReceivedAt)
                        || c.receivedAt().equals(beforeReceivedAt) && c.id().compareTo(beforeId) < 0)
                .sorted(newestFirst).limit(limit).toList();
    }
}
