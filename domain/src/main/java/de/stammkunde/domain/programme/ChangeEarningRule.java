package de.stammkunde.domain.programme;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

/** Use case: the owner changes the base earning rate; the change is audited with old and new value. */
public final class ChangeEarningRule {
    private final Programmes programmes;
    private final AuditLog auditLog;
    private final Clock clock;

    public ChangeEarningRule(Programmes programmes, AuditLog auditLog, Clock clock) {
        this.programmes = programmes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public EarningRule change(ShopId shopId, BigDecimal basePointsPerUnit, Actor actor) {
        EarningRule.check(basePointsPerUnit).orThrow();
        EarningRule before = programmes.earningRule(shopId);
        EarningRule after = new EarningRule(basePointsPerUnit.stripTrailingZeros());
        programmes.saveEarningRule(shopId, after, actor);
        auditLog.record(new AuditEvent(shopId, actor, "programme.earning-rule.changed", "programme", shopId.toString(),
                Map.of("before", before.basePointsPerUnit().toPlainString(),
                        "after", after.basePointsPerUnit().toPlainString()),
                clock.instant()));
        return after;
    }
}
