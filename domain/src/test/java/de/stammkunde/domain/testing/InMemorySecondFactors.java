package de.stammkunde.domain.testing;

import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.SecondFactors;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Second factors in memory, with the adapter's conditions (never overwrite an enabled one; steps only grow). */
public final class InMemorySecondFactors implements SecondFactors {
    private record Key(ShopId shopId, AccountKind kind, UUID accountId) {
    }

    private final Map<Key, Stored> factors = new HashMap<>();
    private final Map<Key, Map<String, Instant>> codes = new HashMap<>();
    private static final Instant UNUSED = Instant.EPOCH;

    @Override
    public synchronized Optional<Stored> find(ShopId shopId, AccountKind kind, UUID accountId) {
        return Optional.ofNullable(factors.get(new Key(shopId, kind, accountId)));
    }

    @Override
    public synchronized void startSetup(ShopId shopId, AccountKind kind, UUID accountId, String sealedSecret,
                                        Instant at) {
        Key key = new Key(shopId, kind, accountId);
        Stored existing = factors.get(key);
        if (existing == null || !existing.enabled()) {
            factors.put(key, new Stored(sealedSecret, null, 0));
        }
    }

    @Override
    public synchronized boolean enable(ShopId shopId, AccountKind kind, UUID accountId, long step, Instant at) {
        Key key = new Key(shopId, kind, accountId);
        Stored s = factors.get(key);
        if (s == null || s.enabled()) {
            return false;
        }
        factors.put(key, new Stored(s.sealedSecret(), at, step));
        return true;
    }

    @Override
    public synchronized boolean useStep(ShopId shopId, AccountKind kind, UUID accountId, long step) {
        Key key = new Key(shopId, kind, accountId);
        Stored s = factors.get(key);
        if (s == null || s.lastStep() >= step) {
            return false;
        }
        factors.put(key, new Stored(s.sealedSecret(), s.enabledAt(), step));
        return true;
    }

    @Override
    public synchronized void remove(ShopId shopId, AccountKind kind, UUID accountId) {
        factors.remove(new Key(shopId, kind, accountId));
        codes.remove(new Key(shopId, kind, accountId));
    }

    @Override
    public synchronized void replaceRecoveryCodes(ShopId shopId, AccountKind kind, UUID accountId,
                                                  List<String> codeHashes) {
        Map<String, Instant> fresh = new HashMap<>();
        codeHashes.forEach(h -> fresh.put(h, UNUSED));
        codes.put(new Key(shopId, kind, accountId), fresh);
    }

    @Override
    public synchronized boolean useRecoveryCode(ShopId shopId, AccountKind kind, UUID accountId, String codeHash,
                                                Instant at) {
        Map<String, Instant> mine = codes.getOrDefault(new Key(shopId, kind, accountId), Map.of());
        if (!UNUSED.equals(mine.get(codeHash))) {
            return false;
        }
        mine.put(codeHash, at);
        return true;
    }

    @Override
    public synchronized java.util.Set<UUID> enabled(ShopId shopId, AccountKind kind) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        factors.forEach((k, v) -> {
            if (k.shopId().equals(shopId) && k.kind() == kind && v.enabled()) {
                ids.add(k.accountId());
            }
        });
        return ids;
    }

    @Override
    public synchronized int recoveryCodesLeft(ShopId shopId, AccountKind kind, UUID accountId) {
        return (int) codes.getOrDefault(new Key(shopId, kind, accountId), Map.of()).values().stream()
                .filter(UNUSED::equals).count();
    }
}
