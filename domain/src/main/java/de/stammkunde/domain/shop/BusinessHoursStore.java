package de.stammkunde.domain.shop;

import de.stammkunde.domain.shared.ShopId;
import java.util.Optional;

/** Port: the shop's business hours; empty while the owner has set none. */
public interface BusinessHoursStore {
    Optional<BusinessHours> of(ShopId shopId);

    void save(ShopId shopId, BusinessHours hours);
}
