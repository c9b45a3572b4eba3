package de.stammkunde.persistence.support;

import de.stammkunde.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** numeric(19,4) + currency code columns to Money, at the currency's own scale (25.0000 EUR reads as 25.00 EUR). */
public final class Amounts {
    private Amounts() {
    }

    public static Money money(BigDecimal amount, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal scaled = amount.stripTrailingZeros().scale() <= digits
                ? amount.setScale(digits, RoundingMode.UNNECESSARY)
                : amount.stripTrailingZeros();
        return new Money(scaled, currency);
    }
}
