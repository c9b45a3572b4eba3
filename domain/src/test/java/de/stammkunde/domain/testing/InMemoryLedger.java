package de.stammkunde.domain.testing;

import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.BalanceDifference;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.LedgerLine;
import de.stammkunde.domain.ledger.PostingResult;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.CustomerRef;
import de.stammkunde.domain.shared.ShopId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The ledger's store in memory: the same guard (never negative), the same idempotency (one entry per key). */
public final class InMemoryLedger implements Ledger {
    public final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<CustomerRef, Balance> balances = new LinkedHashMap<>();

    @Override
    public synchronized void openAccount(ShopId shopId, CustomerId customerId, Actor actor) {
        balances.putIfAbsent(new CustomerRef(shopId, customerId), Balance.ZERO);
    }

    public synchronized boolean hasAccount(ShopId shopId, CustomerId customerId) {
        return balances.containsKey(new CustomerRef(shopId, customerId));
    }

    @Override
    public synchronized PostingResult post(LedgerEntry entry, Actor actor) {
        openAccount(entry.shopId(), entry.customerId(), actor);
        Balance before = balance(entry.shopId(), entry.customerId());
        if (entries.stream().anyMatch(e -> e.shopId().equals(entry.shopId())
                && e.idempotencyKey().equals(entry.idempotencyKey()))) {
            return new PostingResult.AlreadyPosted(before);
        }
        if (!before.canApply(entry.availableDelta(), entry.pendingDelta(), entry.owedDelta())) {
            return new PostingResult.InsufficientBalance(before);
        }
        Balance after = before.apply(entry.availableDelta(), entry.pendingDelta(), entry.owedDelta());
        balances.put(new CustomerRef(entry.shopId(), entry.customerId()), after);
        entries.add(entry);
        return new PostingResult.Posted(entry, after);
    }

    @Override
    public synchronized Balance balance(ShopId shopId, CustomerId customerId) {
        return balances.getOrDefault(new CustomerRef(shopId, customerId), Balance.ZERO);
    }

    @Override
    public synchronized Balance lock(ShopId shopId, CustomerId customerId) {
        Balance balance = balances.get(new CustomerRef(shopId, customerId));
        if (balance == null) {
            throw new IllegalStateException("no points account for customer " + customerId);
        }
        return balance;
    }

    @Override
    public synchronized List<LedgerLine> history(ShopId shopId, CustomerId customerId, int limit) {
        return allEntries(shopId, customerId).reversed().stream().limit(limit)
                .map(e -> new LedgerLine(e, null, null)).toList();
    }

    @Override
    public synchronized List<LedgerEntry> allEntries(ShopId shopId, CustomerId customerId) {
        return entries.stream().filter(e -> e.shopId().equals(shopId) && e.customerId().equals(customerId))
                .sorted(Comparator.comparing(LedgerEntry::occurredAt)).toList();
    }

    public synchronized List<LedgerEntry> entriesOf(CustomerId customerId) {
        return entries.stream().filter(e -> e.customerId().equals(customerId)).toList();
    }

    @Override
    public synchronized List<BalanceDifference> differences(ShopId shopId) {
        List<BalanceDifference> differences = new ArrayList<>();
        balances.forEach((ref, stored) -> {
            if (!ref.shopId().equals(shopId)) {
                return;
            }
            List<LedgerEntry> mine = allEntries(shopId, ref.customerId());
            long a = mine.stream().mapToLong(LedgerEntry::availableDelta).sum();
            long p = mine.stream().mapToLong(LedgerEntry::pendingDelta).sum();
            long o = mine.stream().mapToLong(LedgerEntry::owedDelta).sum();
            if (a != stored.available() || p != stored.pending() || o != stored.owed()) {
                differences.add(new BalanceDifference(ref.customerId(), stored.available(), stored.pending(),
                        stored.owed(), a, p, o));
            }
        });
        return differences;
    }

    @Override
    public synchronized long accounts(ShopId shopId) {
        return balances.keySet().stream().filter(r -> r.shopId().equals(shopId)).count();
    }

    @Override
    public synchronized List<CustomerRef> withPointsAfter(@Nullable CustomerRef after, int limit) {
        return balances.entrySet().stream().filter(e -> e.getValue().available() > 0).map(Map.Entry::getKey)
                .sorted(Comparator.comparing((CustomerRef r) -> r.shopId().value())
                        .thenComparing(r -> r.customerId().value()))
                .filter(r -> after == null || compare(r, after) > 0).limit(limit).toList();
    }

    private static int compare(CustomerRef a, CustomerRef b) {
        int shop = a.shopId().value().compareTo(b.shopId().value());
        return shop != 0 ? shop : a.customerId().value().compareTo(b.customerId().value());
    }
}
