package de.stammkunde.domain.purchase;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.Rejection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Whether an amount typed in at the counter looks like a typo: a bakery's 12,345.67 EUR is more likely 123.45 with
 * slipped fingers than a sale. Far above the shop's usual purchases — ten times the 95th percentile of the last
 * year, at least {@link #FLOOR} — or, without enough history, above {@link #NO_HISTORY_LIMIT}, a person must confirm
 * the amount. Only staff entries are checked: a till sends what its scanner added up, an import what happened.
 */
public final class PurchasePlausibility {
    /** Up to this (in the currency's units) any amount is plausible, whatever the shop usually sells. */
    static final BigDecimal FLOOR = new BigDecimal("100");
    /** Without a year's history (fewer than {@link PurchaseStatistics#MIN_PURCHASES} purchases): ask above this. */
    static final BigDecimal NO_HISTORY_LIMIT = new BigDecimal("1000");
    static final BigDecimal FACTOR = BigDecimal.TEN;

    private PurchasePlausibility() {
    }

    /** Whether the amount needs asking at all, before any statistics are looked up. */
    public static boolean worthChecking(Money amount) {
        return amount.amount().compareTo(FLOOR) > 0;
    }

    /**
     * {@code usualUpTo}: the shop's 95th percentile of the last year, empty when it has too little history. A
     * rejection names the limit it applied ({@code usualUpTo} detail) and can be overridden ({@code confirmable}).
     */
    public static Decision check(Money amount, Optional<BigDecimal> usualUpTo) {
        BigDecimal limit = usualUpTo.map(p95 -> p95.multiply(FACTOR).max(FLOOR)).orElse(NO_HISTORY_LIMIT);
        if (amount.amount().compareTo(limit) <= 0) {
            return Decision.ALLOWED;
        }
        int digits = Math.max(amount.currency().getDefaultFractionDigits(), 0);
        BigDecimal shown = limit.setScale(digits, RoundingMode.HALF_UP);
        String currency = amount.currency().getCurrencyCode();
        return new Decision.Rejected(Rejection.of("implausible-amount", "amount",
                "{0} {2} is unusually high for one purchase in this shop (more than {1} {2}). "
                        + "Check the amount, or confirm it.", amount.amount(), shown, currency)
                .withDetail("usualUpTo", shown.toPlainString())
                .withDetail("confirmable", "true"));
    }
}
