package de.stammkunde.domain.programme;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.util.Map;

/** Use case: the owner sets how long points stay pending after a purchase (the return window); audited. */
public final class ChangeReturnWindow {
    public static final int MAX_DAYS = 365;

    private final Programmes programmes;
    private final AuditLog auditLog;
    private final Clock clock;

    public ChangeReturnWindow(Programmes programmes, AuditLog auditLog, Clock clock) {
        this.programmes = programmes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public int change(ShopId shopId, int days, Actor actor) {
        if (days < 0 || days > MAX_DAYS) {
            Decision.reject("invalid-return-window", "returnWindowDays", "Between 0 and {0} days", MAX_DAYS)
                    .orThrow();
        }
        int before = programmes.returnWindowDays(shopId);
        if (before != days) {
            programmes.saveReturnWindowDays(shopId, days, actor);
            auditLog.record(new AuditEvent(shopId, actor, "programme.return-window.changed", "programme",
                    shopId.toString(), Map.of("before", Integer.toString(before), "after", Integer.toString(days)),
                    clock.instant()));
        }
        return days;
    }
}
