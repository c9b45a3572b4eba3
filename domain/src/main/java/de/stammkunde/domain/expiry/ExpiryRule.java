package de.stammkunde.domain.expiry;

import de.stammkunde.domain.shared.Decision;

/**
 * How a shop's points expire: never, {@code months} after they became available (oldest first), or all of them
 * after {@code months} without a purchase.
 */
public record ExpiryRule(Mode mode, int months) {
    public enum Mode { NONE, AFTER_EARNING, AFTER_INACTIVITY }

    public static final ExpiryRule NEVER = new ExpiryRule(Mode.NONE, 24);
    public static final int MAX_MONTHS = 120;

    public static Decision check(int months) {
        return months < 1 || months > MAX_MONTHS
                ? Decision.reject("expiry-months", "expiryMonths", "Between 1 and {0} months", MAX_MONTHS)
                : Decision.ALLOWED;
    }
}
