package de.stammkunde.domain.reward;

import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Use case: the owner keeps the rewards catalogue — adds, changes, retires rewards. Audited. */
public final class ManageRewards {
    /** {@code confirmed}: the owner confirmed a value {@link RewardPlausibility} found unusual. */
    public record Command(String name, @Nullable String description, long pointsCost, RewardKind kind,
                          @Nullable Money amount, @Nullable BigDecimal percent, @Nullable String item,
                          int validityDays, boolean active, boolean confirmed) {
        public Command(String name, @Nullable String description, long pointsCost, RewardKind kind,
                       @Nullable Money amount, @Nullable BigDecimal percent, @Nullable String item,
                       int validityDays, boolean active) {
            this(name, description, pointsCost, kind, amount, percent, item, validityDays, active, false);
        }
    }

    private final Shops shops;
    private final Rewards rewards;
    private final AuditLog auditLog;
    private final Programmes programmes;
    private final Clock clock;

    public ManageRewards(Shops shops, Rewards rewards, Programmes programmes, AuditLog auditLog, Clock clock) {
        this.shops = shops;
        this.programmes = programmes;
        this.rewards = rewards;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Reward create(ShopId shopId, Command command, Actor actor) {
        return save(shopId, UUID.randomUUID(), command, actor, "reward.created");
    }

    public Reward update(ShopId shopId, UUID rewardId, Command command, Actor actor) {
        rewards.byId(shopId, rewardId).orElseThrow(() -> new NotFoundException("reward", rewardId));
        return save(shopId, rewardId, command, actor, "reward.changed");
    }

    private Reward save(ShopId shopId, UUID id, Command c, Actor actor, String action) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        Reward.check(c.pointsCost(), c.kind(), c.amount(), c.percent(), c.item(), c.validityDays(), shop.currency())
                .orThrow();
        if (!c.confirmed() && c.active()) {
            RewardPlausibility.check(c.kind(), c.pointsCost(), c.amount(), c.percent(),
                    programmes.earningRule(shopId).basePointsPerUnit()).orThrow();
        }
        Reward reward = new Reward(shopId, id, c.name().strip(), blankToNull(c.description()), c.pointsCost(),
                c.kind(), c.kind() == RewardKind.AMOUNT_OFF ? c.amount() : null,
                c.kind() == RewardKind.PERCENT_OFF ? c.percent() : null,
                c.kind() == RewardKind.FREE_ITEM ? blankToNull(c.item()) : null, c.validityDays(), c.active());
        rewards.save(reward, actor);
        auditLog.record(new AuditEvent(shopId, actor, action, "reward", id.toString(),
                Map.of("name", reward.name(), "pointsCost", Long.toString(reward.pointsCost()),
                        "active", Boolean.toString(reward.active())), clock.instant()));
        return reward;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
