package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.domain.staff.StaffRole;
import java.time.Clock;
import java.util.Map;

/** Use case and query: the owner's goodwill policy (the default until set); agent limits only for agents. */
public final class GoodwillSettings {
    private final Gestures gestures;
    private final StaffMembers staff;
    private final AuditLog audit;
    private final Clock clock;

    public GoodwillSettings(Gestures gestures, StaffMembers staff, AuditLog audit, Clock clock) {
        this.gestures = gestures;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public GoodwillPolicy policy(ShopId shopId) {
        return gestures.policy(shopId);
    }

    public GoodwillPolicy set(ShopId shopId, GoodwillPolicy policy, Actor actor) {
        policy.validated();
        for (StaffId agent : policy.limitsOf().keySet()) {
            if (staff.byId(shopId, agent).map(StaffMember::role).orElse(null) != StaffRole.AGENT) {
                Decision.reject("goodwill-limits-agent", "limitsOf", "Own limits are for the shop's agents")
                        .orThrow();
            }
        }
        gestures.lockPolicy(shopId);
        gestures.savePolicy(shopId, policy);
        audit.record(new AuditEvent(shopId, actor, "goodwill.policy-changed", "shop", shopId.value().toString(),
                Map.of("pointValue", policy.pointValue().toPlainString(), "monthlyBudget",
                        policy.monthlyBudget().toPlainString(), "agentLimits", policy.agentLimits().toString(),
                        "ownLimits", Integer.toString(policy.limitsOf().size())), clock.instant()));
        return policy;
    }
}
