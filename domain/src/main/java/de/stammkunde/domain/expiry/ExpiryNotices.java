package de.stammkunde.domain.expiry;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.LocalDate;

/** Port: notices sent ahead of an expiry (at most one per customer and expiry date). */
public interface ExpiryNotices {
    /** Records the notice; false if it was recorded before (then nothing is sent again). */
    boolean record(ShopId shopId, CustomerId customerId, LocalDate expiresOn, long points, Actor actor);
}
