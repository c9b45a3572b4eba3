package de.stammkunde.domain.value;

import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import java.util.UUID;

/** Port: the customers' scores of the shop's last run. */
public interface ClvScores {
    /** Replaces the shop's scores with these (in one transaction: readers see the old or the new ones). */
    void replace(ShopId shopId, UUID runId, List<CustomerScore> scores);
}
