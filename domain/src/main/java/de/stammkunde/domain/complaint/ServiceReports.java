package de.stammkunde.domain.complaint;

import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/** Port: the aggregates behind {@link ServiceReport}, counted in the database. */
public interface ServiceReports {
    /** For [{@code from}, {@code until}); months in {@code zone}; {@code budget}: the shop's monthly budget. */
    ServiceReport report(ShopId shopId, ZoneId zone, Instant from, Instant until, BigDecimal budget);
}
