package de.stammkunde.domain.testing;

import de.stammkunde.domain.expiry.ExpiryRule;
import de.stammkunde.domain.expiry.ExpiryRules;
import de.stammkunde.domain.programme.Bonuses;
import de.stammkunde.domain.programme.EarningRule;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.util.HashMap;
import java.util.Map;

/** Programme settings and the expiry rule, which live in one row per shop. A shop without one has the defaults. */
public final class InMemoryProgrammes implements Programmes, ExpiryRules {
    public final Map<ShopId, EarningRule> rules = new HashMap<>();
    private final Map<ShopId, Integer> windows = new HashMap<>();
    private final Map<ShopId, Bonuses> bonuses = new HashMap<>();
    private final Map<ShopId, ExpiryRule> expiry = new HashMap<>();

    @Override
    public synchronized EarningRule earningRule(ShopId shopId) {
        return rules.getOrDefault(shopId, EarningRule.DEFAULT);
    }

    @Override
    public synchronized void saveEarningRule(ShopId shopId, EarningRule rule, Actor actor) {
        rules.put(shopId, rule);
    }

    @Override
    public synchronized int returnWindowDays(ShopId shopId) {
        return windows.getOrDefault(shopId, 0);
    }

    @Override
    public synchronized void saveReturnWindowDays(ShopId shopId, int days, Actor actor) {
        windows.put(shopId, days);
    }

    @Override
    public synchronized Bonuses bonuses(ShopId shopId) {
        return bonuses.getOrDefault(shopId, Bonuses.NONE);
    }

    @Override
    public synchronized void saveBonuses(ShopId shopId, Bonuses value, Actor actor) {
        bonuses.put(shopId, value);
    }

    @Override
    public synchronized ExpiryRule of(ShopId shopId) {
        return expiry.getOrDefault(shopId, ExpiryRule.NEVER);
    }

    @Override
    public synchronized void save(ShopId shopId, ExpiryRule rule, Actor actor) {
        expiry.put(shopId, rule);
    }
}
