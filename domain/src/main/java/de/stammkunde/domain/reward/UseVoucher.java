package de.stammkunde.domain.reward;

import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Use case: staff check a voucher code and take it at the till — once, and only while it is valid. */
public final class UseVoucher {
    private final Vouchers vouchers;
    private final DomainEvents events;
    private final Clock clock;

    public UseVoucher(Vouchers vouchers, DomainEvents events, Clock clock) {
        this.vouchers = vouchers;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Voucher> lookUp(ShopId shopId, String code) {
        return vouchers.byCode(shopId, VoucherCodes.normalise(code));
    }

    public Voucher use(ShopId shopId, String code, Actor actor) {
        Voucher voucher = lookUp(shopId, code).orElseThrow(() -> new NotFoundException("voucher", "(code)"));
        Instant now = clock.instant();
        switch (voucher.statusAt(now)) {
            case REDEEMED -> Decision.conflict("voucher-already-redeemed", "code",
                    "This voucher was already used").orThrow();
            case EXPIRED -> Decision.reject("voucher-expired", "code", "This voucher has expired").orThrow();
            case CANCELLED -> Decision.conflict("voucher-cancelled", "code", "This voucher was cancelled").orThrow();
            case ISSUED -> {
                if (!vouchers.markRedeemed(shopId, voucher.id(), now, actor)) {
                    Decision.conflict("voucher-already-redeemed", "code", "This voucher was already used").orThrow();
                }
                events.publish(new VoucherRedeemed(shopId, voucher.id(), voucher.customerId(), voucher.rewardId(),
                        now));
            }
        }
        return vouchers.byId(shopId, voucher.id()).orElseThrow();
    }
}
