package de.stammkunde.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount of money in one currency. Never a floating point number. */
public record Money(BigDecimal amount, Currency currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** True when the amount has no more decimal places than the currency allows (2 for EUR, 0 for JPY). */
    public boolean fitsCurrencyPrecision() {
        return amount.stripTrailingZeros().scale() <= Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
