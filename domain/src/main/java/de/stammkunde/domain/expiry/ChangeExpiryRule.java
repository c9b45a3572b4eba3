package de.stammkunde.domain.expiry;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Use case: the owner changes how points expire; audited with old and new. */
public final class ChangeExpiryRule {
    private final ExpiryRules rules;
    private final AuditLog auditLog;
    private final Clock clock;

    public ChangeExpiryRule(ExpiryRules rules, AuditLog auditLog, Clock clock) {
        this.rules = rules;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public ExpiryRule current(ShopId shopId) {
        return rules.of(shopId);
    }

    /** Changes the mode and/or the months; a null keeps the current value. */
    public ExpiryRule change(ShopId shopId, ExpiryRule.@Nullable Mode mode, @Nullable Integer months, Actor actor) {
        ExpiryRule before = rules.of(shopId);
        ExpiryRule after = new ExpiryRule(mode == null ? before.mode() : mode,
                months == null ? before.months() : months);
        ExpiryRule.check(after.months()).orThrow();
        rules.save(shopId, after, actor);
        auditLog.record(new AuditEvent(shopId, actor, "programme.expiry.changed", "programme", shopId.toString(),
                Map.of("before", before.toString(), "after", after.toString()), clock.instant()));
        return after;
    }
}
