package de.stammkunde.domain.testing;

import de.stammkunde.domain.purchase.Purchase;
import de.stammkunde.domain.purchase.PurchaseReturn;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryPurchases implements Purchases {
    private final Map<PurchaseId, Purchase> purchases = new LinkedHashMap<>();
    private final Map<PurchaseId, List<PurchaseLine>> lines = new HashMap<>();
    public final List<PurchaseReturn> returns = new ArrayList<>();

    @Override
    public synchronized void add(Purchase purchase, Actor actor) {
        purchases.put(purchase.id(), purchase);
    }

    @Override
    public synchronized void addLines(ShopId shopId, PurchaseId purchaseId, List<PurchaseLine> purchaseLines) {
        lines.put(purchaseId, List.copyOf(purchaseLines));
    }

    @Override
    public synchronized Map<PurchaseId, List<PurchaseLine>> linesOf(ShopId shopId, Collection<PurchaseId> ids) {
        Map<PurchaseId, List<PurchaseLine>> found = new HashMap<>();
        ids.forEach(id -> {
            if (lines.containsKey(id)) {
                found.put(id, lines.get(id));
            }
        });
        return found;
    }

    @Override
    public synchronized List<Purchase> ofCustomer(ShopId shopId, CustomerId customerId, int limit) {
        return purchases.values().stream().filter(p -> p.shopId().equals(shopId) && p.customerId().equals(customerId))
                .sorted(Comparator.comparing(Purchase::occurredAt).reversed()).limit(limit).toList();
    }

    public synchronized Purchase get(PurchaseId id) {
        return purchases.get(id);
    }

    public synchronized List<Purchase> all() {
        return List.copyOf(purchases.values());
    }

    @Override
    public synchronized Optional<Purchase> lockById(ShopId shopId, PurchaseId id) {
        return Optional.ofNullable(purchases.get(id)).filter(p -> p.shopId().equals(shopId));
    }

    @Override
    public synchronized List<Purchase> dueForRelease(Instant now, int limit) {
        return purchases.values().stream().filter(p -> p.pointsPending() > 0 && p.releaseAt() != null
                && !p.releaseAt().isAfter(now)).sorted(Comparator.comparing(Purchase::releaseAt)).limit(limit).toList();
    }

    @Override
    public synchronized Optional<Instant> lastPurchaseAt(ShopId shopId, CustomerId customerId) {
        return purchases.values().stream().filter(p -> p.shopId().equals(shopId) && p.customerId().equals(customerId))
                .map(Purchase::occurredAt).max(Comparator.naturalOrder());
    }

    @Override
    public synchronized void setPointsPending(ShopId shopId, PurchaseId id, long pointsPending) {
        Purchase p = purchases.get(id);
        purchases.put(id, new Purchase(p.shopId(), p.id(), p.customerId(), p.amount(), p.reference(),
                p.occurredAt(), p.pointsEarned(), pointsPending, p.releaseAt(), p.amountReturned(),
                p.pointsReversed()));
    }

    @Override
    public synchronized void addReturn(PurchaseReturn purchaseReturn, BigDecimal amountReturnedTotal,
                                       long pointsReversedTotal, Actor actor) {
        returns.add(purchaseReturn);
        Purchase p = purchases.get(purchaseReturn.purchaseId());
        purchases.put(p.id(), new Purchase(p.shopId(), p.id(), p.customerId(), p.amount(), p.reference(),
                p.occurredAt(), p.pointsEarned(), p.pointsPending(), p.releaseAt(), amountReturnedTotal,
                pointsReversedTotal));
    }
}
