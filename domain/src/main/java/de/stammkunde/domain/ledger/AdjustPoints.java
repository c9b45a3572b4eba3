package de.stammkunde.domain.ledger;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.Rejection;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Use case: the owner corrects a balance by hand, up or down, always with a reason; audited. */
public final class AdjustPoints {
    public static final long MAX_ADJUSTMENT = 1_000_000;

    /** The entry posted and the balance after it (and after paying off owed points with it). */
    public record Adjusted(LedgerEntry entry, Balance balance) {
    }

    private final Customers customers;
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Clock clock;

    public AdjustPoints(Customers customers, Ledger ledger, AuditLog auditLog, Clock clock) {
        this.customers = customers;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Adjusted adjust(ShopId shopId, CustomerId customerId, long points, String reason, Actor actor) {
        if (points == 0 || points < -MAX_ADJUSTMENT || points > MAX_ADJUSTMENT) {
            Decision.reject("adjustment-points", "points", "Adjust by 1 to {0} points, up or down",
                    MAX_ADJUSTMENT).orThrow();
        }
        if (reason.isBlank()) {
            Decision.reject("reason-required", "reason", "Give a reason for the adjustment").orThrow();
        }
        customers.byId(shopId, customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LedgerEntry entry = LedgerEntry.adjustment(shopId, customerId, points, reason.strip(), now);
        Balance balance = ledger.postOrReject(entry, actor, before -> Rejection.of("insufficient-points", "points",
                "{0} points are needed, {1} are available", Math.abs(points), before.available()));
        auditLog.record(new AuditEvent(shopId, actor, "points.adjusted", "customer", customerId.toString(),
                Map.of("points", Long.toString(points), "reason", reason.strip(), "entry", entry.id().toString()),
                now));
        if (points > 0 && balance.owed() > 0) {
            balance = Shortfalls.settle(ledger, shopId, customerId, balance, "adjustment:" + entry.id(), now, actor);
        }
        return new Adjusted(entry, balance);
    }
}
