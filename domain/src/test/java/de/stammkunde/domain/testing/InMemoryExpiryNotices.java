package de.stammkunde.domain.testing;

import de.stammkunde.domain.expiry.ExpiryNotices;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

public final class InMemoryExpiryNotices implements ExpiryNotices {
    public record Notice(ShopId shopId, CustomerId customerId, LocalDate expiresOn) {
    }

    public final Set<Notice> notices = new LinkedHashSet<>();

    @Override
    public synchronized boolean record(ShopId shopId, CustomerId customerId, LocalDate expiresOn, long points,
                                       Actor actor) {
        return notices.add(new Notice(shopId, customerId, expiresOn));
    }
}
