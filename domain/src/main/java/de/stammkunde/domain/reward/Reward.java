package de.stammkunde.domain.reward;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the shop's rewards catalogue: what a customer gets for how many points. Exactly one of
 * {@code amount}, {@code percent}, {@code item} is set, matching {@code kind}.
 */
public record Reward(ShopId shopId, UUID id, String name, @Nullable String description, long pointsCost,
                     RewardKind kind, @Nullable Money amount, @Nullable BigDecimal percent, @Nullable String item,
                     int validityDays, boolean active) {
    public static final int MAX_VALIDITY_DAYS = 3650;
    /** No loyalty voucher is worth more than this in the shop's currency (a typo guard, not a business limit). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000");

    public Reward {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The rules a catalogue entry must follow. */
    public static Decision check(long pointsCost, RewardKind kind, @Nullable Money amount, @Nullable BigDecimal percent,
                                 @Nullable String item, int validityDays, java.util.Currency shopCurrency) {
        if (pointsCost <= 0) {
            return Decision.reject("reward-cost-not-positive", "pointsCost", "A reward costs at least one point");
        }
        if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
            return Decision.reject("reward-validity", "validityDays", "Vouchers are valid for 1 to {0} days",
                    MAX_VALIDITY_DAYS);
        }
        return switch (kind) {
            case AMOUNT_OFF -> amount == null || !amount.isPositive() ? Decision.reject("reward-value-missing",
                    "amount", "An amount-off reward needs a positive amount")
                    : !amount.currency().equals(shopCurrency) ? Decision.reject("currency-mismatch", "currency",
                    "This shop records purchases in {0}", shopCurrency.getCurrencyCode())
                    : !amount.fitsCurrencyPrecision() ? Decision.reject("amount-precision", "amount",
                    "{0} allows at most {1} decimal places", shopCurrency.getCurrencyCode(),
                    shopCurrency.getDefaultFractionDigits())
                    : amount.amount().compareTo(MAX_AMOUNT) > 0 ? Decision.reject("reward-amount-too-large", "amount",
                    "A voucher is worth at most {0,number,#,##0} {1}", MAX_AMOUNT, shopCurrency.getCurrencyCode())
                    : Decision.ALLOWED;
            case PERCENT_OFF -> percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                    || percent.stripTrailingZeros().scale() > 2
                    ? Decision.reject("reward-value-missing", "percent",
                    "A percentage-off reward needs a percentage above 0 and at most 100")
                    : Decision.ALLOWED;
            case FREE_ITEM -> item == null || item.isBlank() ? Decision.reject("reward-value-missing", "item",
                    "A free-item reward needs the item's name") : Decision.ALLOWED;
        };
    }
}
