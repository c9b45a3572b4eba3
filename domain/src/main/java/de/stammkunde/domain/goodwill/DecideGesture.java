package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.complaint.ComplaintCase;
import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Use case: an owner approves a gesture that was above a limit (it is given then) or rejects it with a reason. Four
 * eyes: nobody decides their own request. Decided once: a second decision is a conflict.
 */
public final class DecideGesture {
    private final Shops shops;
    private final ComplaintCases cases;
    private final Gestures gestures;
    private final GestureEffects effects;
    private final AuditLog audit;
    private final Clock clock;

    public DecideGesture(Shops shops, ComplaintCases cases, Gestures gestures, GestureEffects effects, AuditLog audit,
                         Clock clock) {
        this.shops = shops;
        this.cases = cases;
        this.gestures = gestures;
        this.effects = effects;
        this.audit = audit;
        this.clock = clock;
    }

    public Gesture approve(ShopId shopId, UUID gestureId, @Nullable String reason, Actor actor) {
        Gesture g = pending(shopId, gestureId, actor);
        Shop shop = shops.byId(shopId).orElseThrow();
        ComplaintCase c = cases.byId(shopId, g.caseId()).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        UUID voucher = effects.issue(g, shop, "#" + c.number() + " " + c.subject(), now, actor);
        Gesture approved = g.issued(now, voucher, new StaffId(actor.id()), why);
        gestures.update(approved);
        audit(approved, "goodwill.approved", actor, now, why);
        return approved;
    }

    public Gesture reject(ShopId shopId, UUID gestureId, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            Decision.reject("gesture-reason-required", "reason", "Say why").orThrow();
        }
        Gesture g = pending(shopId, gestureId, actor);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Gesture rejected = g.rejected(new StaffId(actor.id()), now, reason.strip());
        gestures.update(rejected);
        audit(rejected, "goodwill.rejected", actor, now, reason.strip());
        return rejected;
    }

    private Gesture pending(ShopId shopId, UUID gestureId, Actor actor) {
        gestures.lockPolicy(shopId);
        Gesture g = gestures.byId(shopId, gestureId).orElseThrow(() -> new NotFoundException("gesture", gestureId));
        if (g.status() != Gesture.Status.PENDING_APPROVAL) {
            Decision.conflict("gesture-decided", "status", "This gesture was decided already").orThrow();
        }
        if (g.requestedBy().value().equals(actor.id())) {
            Decision.conflict("four-eyes", "gestureId", "Someone else decides your own request").orThrow();
        }
        return g;
    }

    private void audit(Gesture g, String action, Actor actor, Instant at, @Nullable String reason) {
        audit.record(new AuditEvent(g.shopId(), actor, action, "gesture", g.id().toString(), Map.of(
                "kind", g.kind().name(), "cost", g.cost().toString(), "requestedBy",
                g.requestedBy().value().toString(), "reason", reason == null ? "" : reason), at));
    }
}
