package de.stammkunde.domain.programme;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the shop's promotions. */
public interface Promotions {
    void save(Promotion promotion, Actor actor);

    Optional<Promotion> byId(ShopId shopId, UUID id);

    /** All promotions, latest start first. */
    List<Promotion> all(ShopId shopId);

    /** Active promotions whose period contains {@code at}. */
    List<Promotion> activeAt(ShopId shopId, Instant at);
}
