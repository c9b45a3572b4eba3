package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.reward.Voucher;
import de.stammkunde.domain.reward.VoucherCodes;
import de.stammkunde.domain.reward.VoucherIssued;
import de.stammkunde.domain.reward.Vouchers;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shop.Shop;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Gives a gesture: bonus points into the ledger, a voucher of the chosen reward (no points spent), free months onto
 * the subscription. A fee refund and a gift need nothing more here (the refund waits to be paid). Returns the
 * voucher's id for a voucher.
 */
public final class GestureEffects {
    private static final int CODE_ATTEMPTS = 5;

    private final Ledger ledger;
    private final Rewards rewards;
    private final Vouchers vouchers;
    private final Subscriptions subscriptions;
    private final DomainEvents events;

    public GestureEffects(Ledger ledger, Rewards rewards, Vouchers vouchers, Subscriptions subscriptions,
                   DomainEvents events) {
        this.ledger = ledger;
        this.rewards = rewards;
        this.vouchers = vouchers;
        this.subscriptions = subscriptions;
        this.events = events;
    }

    @Nullable UUID issue(Gesture g, Shop shop, String label, Instant now, Actor actor) {
        UUID voucherId = null;
        switch (g.kind()) {
            case BONUS_POINTS -> ledger.postOrFail(LedgerEntry.goodwill(g.shopId(), g.customerId(), g.points(), label,
                    g.id(), now), actor);
            case VOUCHER -> voucherId = voucher(g, now, actor);
            case FREE_MONTHS -> {
                Subscription s = subscriptions.lockById(g.shopId(), g.subscriptionId())
                        .orElseThrow(() -> new NotFoundException("subscription", g.subscriptionId()));
                LocalDate today = LocalDate.ofInstant(now, shop.timeZone());
                LocalDate from = s.paidUntil().isBefore(today) ? today : s.paidUntil();
                subscriptions.update(s.withPlan(s.plan(), s.monthlyFee(), from.plusMonths(g.months())));
            }
            case FEE_REFUND, GIFT -> {
                // recorded as the gesture itself; a refund is paid later (PayRefund)
            }
        }
        events.publish(new GestureIssued(g.shopId(), g.id(), g.caseId(), g.customerId(), g.kind(),
                g.cost().amount(), g.cost().currencyCode(), now));
        return voucherId;
    }

    private UUID voucher(Gesture g, Instant now, Actor actor) {
        Reward reward = rewards.byId(g.shopId(), g.rewardId())
                .orElseThrow(() -> new NotFoundException("reward", g.rewardId()));
        UUID id = UUID.randomUUID();
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            Voucher voucher = new Voucher(g.shopId(), id, VoucherCodes.newCode(), g.customerId(), reward.id(),
                    reward.name(), null, 0, reward.kind(), reward.amount(), reward.percent(), reward.item(), now,
                    now.plus(Duration.ofDays(reward.validityDays())), null);
            if (vouchers.add(voucher, actor)) {
                events.publish(new VoucherIssued(g.shopId(), id, g.customerId(), reward.id(), 0,
                        voucher.validUntil(), now));
                return id;
            }
        }
        throw new IllegalStateException("no free voucher code after " + CODE_ATTEMPTS + " attempts");
    }
}
