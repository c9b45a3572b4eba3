package de.stammkunde.domain.expiry;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.time.LocalDate;

/** Fact: the customer was told that {@code points} expire on {@code expiresOn} (the shop's date); once per date. */
public record ExpiryNoticeIssued(ShopId shopId, CustomerId customerId, LocalDate expiresOn, long points,
                                 Instant occurredAt) implements DomainEvent {
}
