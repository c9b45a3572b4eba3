package de.stammkunde.domain.reward;

import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.Rejection;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Use case: a customer (or staff for them) spends points on a reward and gets a voucher. The points are debited
 * through the ledger's guarded posting, so concurrent redemptions can never overdraw: with balance B and cost C,
 * at most floor(B / C) of any number of simultaneous requests succeed.
 */
public final class RedeemReward {
    public record Redeemed(Voucher voucher, Balance balance) {
    }

    private static final int CODE_ATTEMPTS = 5;

    private final Rewards rewards;
    private final Customers customers;
    private final Ledger ledger;
    private final Vouchers vouchers;
    private final DomainEvents events;
    private final Clock clock;

    public RedeemReward(Rewards rewards, Customers customers, Ledger ledger, Vouchers vouchers, DomainEvents events,
                        Clock clock) {
        this.rewards = rewards;
        this.customers = customers;
        this.ledger = ledger;
        this.vouchers = vouchers;
        this.events = events;
        this.clock = clock;
    }

    public Redeemed redeem(ShopId shopId, CustomerId customerId, UUID rewardId, Actor actor) {
        Reward reward = rewards.byId(shopId, rewardId).filter(Reward::active)
                .orElseThrow(() -> new NotFoundException("reward", rewardId));
        customers.byId(shopId, customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID voucherId = UUID.randomUUID();
        LedgerEntry entry = LedgerEntry.redemption(shopId, customerId, reward.pointsCost(), reward.name(), voucherId,
                now);
        Balance balance = ledger.postOrReject(entry, actor, before -> Rejection.of("insufficient-points", null,
                "{0} points are needed, {1} are available", reward.pointsCost(), before.available()));
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            Voucher voucher = new Voucher(shopId, voucherId, VoucherCodes.newCode(), customerId, reward.id(),
                    reward.name(), entry.id(), reward.pointsCost(), reward.kind(), reward.amount(), reward.percent(),
                    reward.item(), now, now.plus(Duration.ofDays(reward.validityDays())), null);
            if (vouchers.add(voucher, actor)) {
                events.publish(new VoucherIssued(shopId, voucher.id(), customerId, reward.id(), reward.pointsCost(),
                        voucher.validUntil(), now));
                return new Redeemed(voucher, balance);
            }
        }
        throw new IllegalStateException("no free voucher code after " + CODE_ATTEMPTS + " attempts");
    }
}
