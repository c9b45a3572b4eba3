package de.stammkunde.api.web;

import de.stammkunde.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** Money in the API: a decimal string with at least the currency's scale ("45.00", never "45"), never rounded. */
public final class MoneyText {
    private MoneyText() {
    }

    public static String of(BigDecimal amount, Currency currency) {
        BigDecimal stripped = amount.stripTrailingZeros();
        int scale = Math.max(currency.getDefaultFractionDigits(), Math.max(stripped.scale(), 0));
        return amount.setScale(scale).toPlainString();
    }

    public static String of(Money money) {
        return of(money.amount(), money.currency());
    }
}
