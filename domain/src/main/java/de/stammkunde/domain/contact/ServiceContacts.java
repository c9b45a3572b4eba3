package de.stammkunde.domain.contact;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: the shop's service contacts. */
public interface ServiceContacts {
    void add(ServiceContact contact);

    /** The customer's contacts, newest first (by {@code receivedAt}, then id), before the cursor if one is given. */
    List<ServiceContact> ofCustomer(ShopId shopId, CustomerId customerId, @Nullable Instant beforeReceivedAt,
                                    @Nullable UUID beforeId, int limit);
}
