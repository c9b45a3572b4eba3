package de.stammkunde.domain.programme;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;

/** Port: each shop's loyalty programme settings. */
public interface Programmes {
    EarningRule earningRule(ShopId shopId);

    void saveEarningRule(ShopId shopId, EarningRule rule, Actor actor);

    /** Days a purchase's points stay pending (0: available at once). */
    int returnWindowDays(ShopId shopId);

    void saveReturnWindowDays(ShopId shopId, int days, Actor actor);

    Bonuses bonuses(ShopId shopId);

    void saveBonuses(ShopId shopId, Bonuses bonuses, Actor actor);
}
