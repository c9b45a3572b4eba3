package de.stammkunde.domain.tier;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Use case: the owner defines the tiers (name, spend threshold, points multiplier) and the grace period. */
public final class ManageTiers {
    public static final int MAX_GRACE_DAYS = 365;

    private final Tiers tiers;
    private final AuditLog auditLog;
    private final Clock clock;

    public ManageTiers(Tiers tiers, AuditLog auditLog, Clock clock) {
        this.tiers = tiers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Tier create(ShopId shopId, String name, BigDecimal threshold, BigDecimal multiplier, Actor actor) {
        return save(new Tier(shopId, UUID.randomUUID(), name.strip(), threshold, multiplier), actor, "tier.created");
    }

    public Tier update(ShopId shopId, UUID id, String name, BigDecimal threshold, BigDecimal multiplier,
                       Actor actor) {
        tiers.byId(shopId, id).orElseThrow(() -> new NotFoundException("tier", id));
        return save(new Tier(shopId, id, name.strip(), threshold, multiplier), actor, "tier.changed");
    }

    public int changeGraceDays(ShopId shopId, int days, Actor actor) {
        if (days < 0 || days > MAX_GRACE_DAYS) {
            Decision.reject("tier-grace", "tierGraceDays", "Between 0 and {0} days", MAX_GRACE_DAYS).orThrow();
        }
        tiers.saveGraceDays(shopId, days, actor);
        auditLog.record(new AuditEvent(shopId, actor, "tier.grace.changed", "programme", shopId.toString(),
                Map.of("days", Integer.toString(days)), clock.instant()));
        return days;
    }

    private Tier save(Tier tier, Actor actor, String action) {
        Tier.check(tier.threshold(), tier.multiplier()).orThrow();
        if (!tiers.save(tier, actor)) {
            Decision.conflict("tier-threshold-taken", "threshold", "Another tier starts at {0}",
                    tier.threshold().toPlainString()).orThrow();
        }
        auditLog.record(new AuditEvent(tier.shopId(), actor, action, "tier", tier.id().toString(),
                Map.of("name", tier.name(), "threshold", tier.threshold().toPlainString(),
                        "multiplier", tier.multiplier().toPlainString()), clock.instant()));
        return tier;
    }
}
