package de.stammkunde.domain.acquisition;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Port: the raw figures per acquisition channel behind CAC and LTV:CAC (computed in the database). */
public interface AcquisitionFigures {
    /**
     * For the customers acquired from {@code from} to {@code to} (inclusive) through one channel: the spend on the
     * channel in those months, how many were acquired, how many of them have a lifetime value from the last model
     * run and its sum, their net revenue to {@code asOf}, and the months since acquisition summed over them (at
     * least one each) — so revenue per customer-month gives the payback time.
     */
    record ChannelFigures(AcquisitionChannel channel, BigDecimal spend, long acquired, long scored,
                          BigDecimal clvSum, BigDecimal revenue, long customerMonths) {
    }

    /** One row per channel of the shop (channels without spend or customers too). */
    List<ChannelFigures> byChannel(ShopId shopId, LocalDate from, LocalDate to, LocalDate asOf);
}
