package de.stammkunde.domain.audit;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** One line of the shop's audit log: who did what to which thing, with the details that matter. */
public record AuditEvent(ShopId shopId, Actor actor, String action, String targetType, String targetId,
                         Map<String, String> details, Instant occurredAt) {
    public AuditEvent {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        details = Map.copyOf(details);
    }
}
