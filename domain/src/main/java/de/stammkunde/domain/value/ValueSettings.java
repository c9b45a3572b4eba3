package de.stammkunde.domain.value;

import de.stammkunde.domain.shared.Decision;
import java.math.BigDecimal;

/**
 * How the owner values future purchases: the gross margin (share of revenue that is profit, %), the annual discount
 * rate (%), and the horizon of the lifetime value in months.
 */
public record ValueSettings(BigDecimal grossMarginPercent, BigDecimal annualDiscountRatePercent, int horizonMonths) {
    /** Until the owner says otherwise: a typical small shop's 30 % margin, 10 % a year, three years. */
    public static final ValueSettings DEFAULTS = new ValueSettings(new BigDecimal("30"), new BigDecimal("10"), 36);

    public double margin() {
        return grossMarginPercent.doubleValue() / 100.0;
    }

    public double discountRate() {
        return annualDiscountRatePercent.doubleValue() / 100.0;
    }

    /** Whether the owner's values are in range; names the field that is not. */
    public Decision check() {
        if (grossMarginPercent.signum() <= 0 || grossMarginPercent.compareTo(BigDecimal.valueOf(100)) > 0
                || grossMarginPercent.scale() > 2) {
            return Decision.reject("value-settings-invalid", "grossMarginPercent",
                    "The gross margin is a share between 0.01 and 100 %");
        }
        if (annualDiscountRatePercent.signum() < 0 || annualDiscountRatePercent.compareTo(BigDecimal.valueOf(100)) > 0
                || annualDiscountRatePercent.scale() > 2) {
            return Decision.reject("value-settings-invalid", "annualDiscountRatePercent",
                    "The discount rate is between 0 and 100 % a year");
        }
        if (horizonMonths < 1 || horizonMonths > 120) {
            return Decision.reject("value-settings-invalid", "horizonMonths",
                    "The horizon is between 1 and 120 months");
        }
        return Decision.ALLOWED;
    }
}
