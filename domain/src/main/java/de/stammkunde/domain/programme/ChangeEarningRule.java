package de.stammkunde.domain.programme;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Use case: the owner changes the base earning rate, its rounding and the bonuses; audited with old and new. */
public final class ChangeEarningRule {
    private final Programmes programmes;
    private final AuditLog auditLog;
    private final Clock clock;

    public ChangeEarningRule(Programmes programmes, AuditLog auditLog, Clock clock) {
        this.programmes = programmes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Changes the rate and/or the rounding; a null keeps the current value. */
    public EarningRule change(ShopId shopId, @Nullable BigDecimal basePointsPerUnit, @Nullable PointsRounding rounding,
                              Actor actor) {
        if (basePointsPerUnit != null) {
            EarningRule.check(basePointsPerUnit).orThrow();
        }
        EarningRule before = programmes.earningRule(shopId);
        EarningRule after = new EarningRule(
                basePointsPerUnit == null ? before.basePointsPerUnit() : basePointsPerUnit.stripTrailingZeros(),
                rounding == null ? before.rounding() : rounding);
        programmes.saveEarningRule(shopId, after, actor);
        auditLog.record(new AuditEvent(shopId, actor, "programme.earning-rule.changed", "programme", shopId.toString(),
                Map.of("before", before.basePointsPerUnit().toPlainString() + " " + before.rounding(),
                        "after", after.basePointsPerUnit().toPlainString() + " " + after.rounding()),
                clock.instant()));
        return after;
    }

    public Bonuses changeBonuses(ShopId shopId, @Nullable Long welcome, @Nullable Long referrer,
                                 @Nullable Long referee, Actor actor) {
        Bonuses before = programmes.bonuses(shopId);
        Bonuses after = new Bonuses(welcome == null ? before.welcome() : welcome,
                referrer == null ? before.referrer() : referrer, referee == null ? before.referee() : referee);
        Bonuses.check(after.welcome(), after.referrer(), after.referee()).orThrow();
        programmes.saveBonuses(shopId, after, actor);
        auditLog.record(new AuditEvent(shopId, actor, "programme.bonuses.changed", "programme", shopId.toString(),
                Map.of("before", before.toString(), "after", after.toString()), clock.instant()));
        return after;
    }
}
