package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Use case: the owner records that a fee refund was paid out (pending → paid); once. */
public final class PayRefund {
    private final Gestures gestures;
    private final AuditLog audit;
    private final Clock clock;

    public PayRefund(Gestures gestures, AuditLog audit, Clock clock) {
        this.gestures = gestures;
        this.audit = audit;
        this.clock = clock;
    }

    public Gesture markPaid(ShopId shopId, UUID gestureId, Actor actor) {
        gestures.lockPolicy(shopId);
        Gesture g = gestures.byId(shopId, gestureId).filter(x -> x.kind() == GestureKind.FEE_REFUND)
                .orElseThrow(() -> new NotFoundException("refund", gestureId));
        if (g.status() != Gesture.Status.ISSUED) {
            Decision.conflict("refund-not-issued", "status", "Only a given refund is paid").orThrow();
        }
        if (g.refundPaidAt() != null) {
            return g;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Gesture paid = g.refundPaid(now);
        gestures.update(paid);
        audit.record(new AuditEvent(shopId, actor, "goodwill.refund-paid", "gesture", g.id().toString(),
                Map.of("cost", g.cost().toString(), "fee", g.description() == null ? "" : g.description()), now));
        return paid;
    }
}
