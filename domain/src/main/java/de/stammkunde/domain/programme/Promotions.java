package de.stammkunde.domain.programme;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the shop's promotions. */
public interface Promotions {
    /** Saves the promotion and remembers its category, if any, among the shop's known ones. */
    void save(Promotion promotion, Actor actor);

    Optional<Promotion> byId(ShopId shopId, UUID id);

    /** All promotions, latest start first. */
    List<Promotion> all(ShopId shopId);

    /** Active promotions whose period contains {@code at}. */
    List<Promotion> activeAt(ShopId shopId, Instant at);

    /** Product categories the shop has used in purchases and promotions (for suggestions), sorted; at most limit. */
    List<String> knownCategories(ShopId shopId, int limit);
}
