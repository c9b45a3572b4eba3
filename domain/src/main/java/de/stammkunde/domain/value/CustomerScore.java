package de.stammkunde.domain.value;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One customer's value as of a run: lifetime value over the horizon (money, the shop's currency), P(alive) and the
 * expected purchases and order value where the model gives them, net revenue to date, and the segment.
 */
public record CustomerScore(UUID customerId, int frequency, @Nullable Double pAlive,
                            @Nullable Double expectedPurchases, @Nullable Double expectedValue, double clv,
                            double revenueToDate, Segment segment) {
    public enum Segment { ACTIVE, AT_RISK, LIKELY_LOST }
}
