package de.stammkunde.domain.tier;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.CustomerRef;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: tiers, customers' tier state and history, and qualifying spend. */
public interface Tiers {
    /** Saves the tier; false if another tier of the shop has the same threshold. */
    boolean save(Tier tier, Actor actor);

    Optional<Tier> byId(ShopId shopId, UUID id);

    /** Lowest threshold first. */
    List<Tier> all(ShopId shopId);

    TierState stateOf(ShopId shopId, CustomerId customerId);

    /** The state, locked (FOR NO KEY UPDATE) until the transaction ends: evaluations of one customer serialise. */
    TierState lockState(ShopId shopId, CustomerId customerId);

    void setState(ShopId shopId, CustomerId customerId, TierState state);

    void addChange(TierChange change, Actor actor);

    /** Newest first. */
    List<TierChange> history(ShopId shopId, CustomerId customerId, int limit);

    /** Purchases minus returns since {@code since}. */
    BigDecimal qualifyingSpend(ShopId shopId, CustomerId customerId, Instant since);

    /** Customers of all shops after {@code after} in (shop, customer) order, for the nightly evaluation. */
    List<CustomerRef> customersAfter(@Nullable CustomerRef after, int limit);

    /** Days of grace before a downgrade. */
    int graceDays(ShopId shopId);

    void saveGraceDays(ShopId shopId, int days, Actor actor);
}
