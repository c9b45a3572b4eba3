package de.stammkunde.domain.expiry;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;

/** Port: each shop's expiry rule. */
public interface ExpiryRules {
    ExpiryRule of(ShopId shopId);

    void save(ShopId shopId, ExpiryRule rule, Actor actor);
}
