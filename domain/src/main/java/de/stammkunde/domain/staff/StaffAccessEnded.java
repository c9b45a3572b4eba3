package de.stammkunde.domain.staff;

import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.time.Instant;

/** Fact: a staff member may no longer sign in — deactivated, or removed ({@code removed}); their sessions end. */
public record StaffAccessEnded(ShopId shopId, StaffId staffId, boolean removed, Instant occurredAt)
        implements DomainEvent {
}
