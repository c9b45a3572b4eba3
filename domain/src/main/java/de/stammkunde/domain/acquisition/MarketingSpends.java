package de.stammkunde.domain.acquisition;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Port: what the shop spent on marketing, per channel and month, in its currency. */
public interface MarketingSpends {
    record Spend(AcquisitionChannel channel, YearMonth month, BigDecimal amount) {
    }

    /** Sets the spend of a channel in a month (zero removes it). */
    void set(ShopId shopId, Spend spend, Actor actor);

    /** The spend from {@code from} to {@code to} (inclusive), by month then channel. */
    List<Spend> between(ShopId shopId, YearMonth from, YearMonth to);
}
