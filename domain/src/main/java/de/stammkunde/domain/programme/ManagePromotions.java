package de.stammkunde.domain.programme;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Use case: the owner plans promotions (double points this weekend, +50 points from 30 EUR,
 * triple points on coffee). Audited. */
public final class ManagePromotions {
    public record Command(String name, Promotion.Kind kind, @Nullable BigDecimal multiplier,
                          @Nullable Long bonusPoints, @Nullable BigDecimal minAmount, Instant startsAt,
                          Instant endsAt, boolean active, @Nullable String category) {
    }

    private final Promotions promotions;
    private final AuditLog auditLog;
    private final Clock clock;

    public ManagePromotions(Promotions promotions, AuditLog auditLog, Clock clock) {
        this.promotions = promotions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Promotion create(ShopId shopId, Command command, Actor actor) {
        return save(shopId, UUID.randomUUID(), command, actor, "promotion.created");
    }

    public Promotion update(ShopId shopId, UUID id, Command command, Actor actor) {
        promotions.byId(shopId, id).orElseThrow(() -> new NotFoundException("promotion", id));
        return save(shopId, id, command, actor, "promotion.changed");
    }

    private Promotion save(ShopId shopId, UUID id, Command c, Actor actor, String action) {
        Promotion.check(c.kind(), c.multiplier(), c.bonusPoints(), c.minAmount(), c.startsAt(), c.endsAt(),
                c.category()).orThrow();
        Promotion promotion = new Promotion(shopId, id, c.name().strip(), c.kind(),
                c.kind() == Promotion.Kind.MULTIPLIER ? c.multiplier() : null,
                c.kind() == Promotion.Kind.FIXED_BONUS ? c.bonusPoints() : null, c.minAmount(), c.startsAt(),
                c.endsAt(), c.active(), c.category() == null ? null : PurchaseLine.clean(c.category()));
        promotions.save(promotion, actor);
        auditLog.record(new AuditEvent(shopId, actor, action, "promotion", id.toString(),
                Map.of("name", promotion.name(), "kind", promotion.kind().name(),
                        "period", promotion.startsAt() + "/" + promotion.endsAt(),
                        "active", Boolean.toString(promotion.active()),
                        "category", promotion.category() == null ? "" : promotion.category()), clock.instant()));
        return promotion;
    }
}
