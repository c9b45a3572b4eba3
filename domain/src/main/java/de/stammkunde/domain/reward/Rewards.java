package de.stammkunde.domain.reward;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the shop's rewards catalogue. */
public interface Rewards {
    void save(Reward reward, Actor actor);

    Optional<Reward> byId(ShopId shopId, UUID id);

    /** All rewards, or only the active ones, cheapest first. */
    List<Reward> all(ShopId shopId, boolean activeOnly);
}
