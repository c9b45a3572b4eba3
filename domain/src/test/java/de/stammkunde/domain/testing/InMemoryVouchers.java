package de.stammkunde.domain.testing;

import de.stammkunde.domain.reward.Voucher;
import de.stammkunde.domain.reward.Vouchers;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Issued vouchers: codes unique per shop, used once while valid. */
public final class InMemoryVouchers implements Vouchers {
    public final Map<UUID, Voucher> vouchers = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(Voucher voucher, Actor actor) {
        if (vouchers.values().stream().anyMatch(v -> v.shopId().equals(voucher.shopId())
                && v.code().equals(voucher.code()))) {
            return false;
        }
        vouchers.put(voucher.id(), voucher);
        return true;
    }

    @Override
    public synchronized Optional<Voucher> byCode(ShopId shopId, String code) {
        return vouchers.values().stream().filter(v -> v.shopId().equals(shopId) && v.code().equals(code)).findFirst();
    }

    @Override
    public synchronized Optional<Voucher> byId(ShopId shopId, UUID id) {
        return Optional.ofNullable(vouchers.get(id)).filter(v -> v.shopId().equals(shopId));
    }

    @Override
    public synchronized List<Voucher> ofCustomer(ShopId shopId, CustomerId customerId) {
        return vouchers.values().stream().filter(v -> v.shopId().equals(shopId) && v.customerId().equals(customerId))
                .toList().reversed();
    }

    @Override
    public synchronized boolean markRedeemed(ShopId shopId, UUID id, Instant at, Actor actor) {
        Voucher v = vouchers.get(id);
        if (v == null || v.redeemedAt() != null || v.cancelledAt() != null || at.isAfter(v.validUntil())) {
            return false;
        }
        vouchers.put(id, new Voucher(v.shopId(), v.id(), v.code(), v.customerId(), v.rewardId(), v.rewardName(),
                v.ledgerEntryId(), v.pointsSpent(), v.kind(), v.amount(), v.percent(), v.item(), v.validFrom(),
                v.validUntil(), at));
        return true;
    }

    @Override
    public synchronized boolean markCancelled(ShopId shopId, UUID id, Instant at, String reason, Actor actor) {
        Voucher v = vouchers.get(id);
        if (v == null || v.redeemedAt() != null || v.cancelledAt() != null || at.isAfter(v.validUntil())) {
            return false;
        }
        vouchers.put(id, new Voucher(v.shopId(), v.id(), v.code(), v.customerId(), v.rewardId(), v.rewardName(),
                v.ledgerEntryId(), v.pointsSpent(), v.kind(), v.amount(), v.percent(), v.item(), v.validFrom(),
                v.validUntil(), null, at));
        return true;
    }

    @Override
    public synchronized List<Listed> overview(ShopId shopId, Voucher.Status status, Instant now, int offset,
                                              int limit) {
        return vouchers.values().stream().filter(v -> v.shopId().equals(shopId))
                .filter(v -> status == null || v.statusAt(now) == status)
                .sorted(java.util.Comparator.comparing(Voucher::validFrom).reversed())
                .skip(offset).limit(limit)
                .map(v -> new Listed(v, 0, "")).toList();
    }

    @Override
    public synchronized Counts counts(ShopId shopId, Instant now) {
        Map<Voucher.Status, Long> by = new java.util.EnumMap<>(Voucher.Status.class);
        vouchers.values().stream().filter(v -> v.shopId().equals(shopId))
                .forEach(v -> by.merge(v.statusAt(now), 1L, Long::sum));
        return new Counts(by.getOrDefault(Voucher.Status.ISSUED, 0L), by.getOrDefault(Voucher.Status.REDEEMED, 0L),
                by.getOrDefault(Voucher.Status.EXPIRED, 0L), by.getOrDefault(Voucher.Status.CANCELLED, 0L));
    }
}
