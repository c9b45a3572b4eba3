package de.stammkunde.domain.goodwill;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one agent may give without asking, in the shop's currency: per gesture, per case (all gestures of the case
 * together) and per calendar month (all of the agent's gestures, in the shop's zone).
 */
public record AgentLimits(BigDecimal perGesture, BigDecimal perCase, BigDecimal perMonth) {
    public static final AgentLimits DEFAULT = new AgentLimits(new BigDecimal("10.00"), new BigDecimal("20.00"),
            new BigDecimal("100.00"));

    public AgentLimits {
        Objects.requireNonNull(perGesture, "perGesture");
        Objects.requireNonNull(perCase, "perCase");
        Objects.requireNonNull(perMonth, "perMonth");
    }
}
