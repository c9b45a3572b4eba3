package de.stammkunde.domain.purchase;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shop.Shop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import de.stammkunde.domain.shared.PurchaseLine;
import java.util.List;

/** What a purchase must look like before it may earn points. */
public final class PurchasePolicy {
    /** A till clock may run a little ahead of ours; more than this is a typo. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    private PurchasePolicy() {
    }

    /** {@code recorder}: how far back {@code occurredAt} may lie ({@link PurchaseRecorder#maxBackdate()}). */
    public static Decision check(Shop shop, Money amount, Instant occurredAt, Instant now,
                                 PurchaseRecorder recorder) {
        if (!amount.currency().equals(shop.currency())) {
            return Decision.reject("currency-mismatch", "currency", "This shop records purchases in {0}",
                    shop.currency().getCurrencyCode());
        }
        if (!amount.isPositive()) {
            return Decision.reject("amount-not-positive", "amount", "The amount must be greater than zero");
        }
        if (amount.amount().compareTo(MAX_AMOUNT) > 0) {
            return Decision.reject("amount-too-large", "amount", "The amount must not exceed {0} {1}", MAX_AMOUNT,
                    shop.currency().getCurrencyCode());
        }
        if (!amount.fitsCurrencyPrecision()) {
            return Decision.reject("amount-precision", "amount", "{0} allows at most {1} decimal places",
                    shop.currency().getCurrencyCode(), shop.currency().getDefaultFractionDigits());
        }
        if (occurredAt.isBefore(now.minus(recorder.maxBackdate()))) {
            return Decision.reject("occurred-too-early", "occurredAt",
                    "A purchase can be recorded up to {0} days back", recorder.maxBackdate().toDays());
        }
        if (occurredAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            return Decision.reject("occurred-in-future", "occurredAt", "The purchase time cannot be in the future");
        }
        return Decision.ALLOWED;
    }

    /** The category lines of a purchase: named, positive, in the currency's precision, together at most the total. */
    public static Decision checkLines(Shop shop, Money amount, List<PurchaseLine> lines) {
        if (lines.size() > PurchaseLine.MAX_LINES) {
            return Decision.reject("purchase-lines", "lines", "At most {0} category lines", PurchaseLine.MAX_LINES);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            PurchaseLine line = lines.get(i);
            if (!PurchaseLine.isValidCategory(line.category())) {
                return Decision.reject("purchase-line-category", "lines[" + i + "].category",
                        "A category has 1 to {0} characters", PurchaseLine.MAX_CATEGORY_LENGTH);
            }
            if (line.amount().signum() <= 0
                    || !new Money(line.amount(), shop.currency()).fitsCurrencyPrecision()) {
                return Decision.reject("purchase-line-amount", "lines[" + i + "].amount",
                        "A line amount is greater than zero, with at most {0} decimal places",
                        shop.currency().getDefaultFractionDigits());
            }
            sum = sum.add(line.amount());
        }
        if (sum.compareTo(amount.amount()) > 0) {
            return Decision.reject("purchase-lines-exceed-amount", "lines",
                    "The category lines add up to {0}, more than the purchase amount {1}", sum.toPlainString(),
                    amount.amount().toPlainString());
        }
        return Decision.ALLOWED;
    }
}
