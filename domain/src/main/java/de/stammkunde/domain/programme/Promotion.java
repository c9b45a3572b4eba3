package de.stammkunde.domain.programme;

import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A time-boxed promotion: a multiplier on the base points ("double points this weekend") or a fixed bonus per
 * purchase, optionally only from a minimum purchase amount. Applies to purchases made in [startsAt, endsAt).
 * With a {@code category} it counts only what the purchase spent in that product category (as the till reports
 * it in the purchase's lines): the multiplier applies to those points, and the minimum amount and the bonus to
 * that spend.
 */
public record Promotion(ShopId shopId, UUID id, String name, Kind kind, @Nullable BigDecimal multiplier,
                        @Nullable Long bonusPoints, @Nullable BigDecimal minAmount, Instant startsAt, Instant endsAt,
                        boolean active, @Nullable String category) {
    public enum Kind { MULTIPLIER, FIXED_BONUS }

    public static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    public Promotion {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }

    /**
     * The amount this promotion counts for the purchase — the whole amount, or what was spent in its category —
     * when it applies (active, in its period, that amount positive and at least the minimum); else zero.
     */
    public BigDecimal eligibleAmount(Instant purchasedAt, BigDecimal amount, List<PurchaseLine> lines) {
        if (!active || purchasedAt.isBefore(startsAt) || !purchasedAt.isBefore(endsAt)) {
            return BigDecimal.ZERO;
        }
        BigDecimal counted = category == null ? amount : PurchaseLine.spentIn(lines, category);
        boolean applies = counted.signum() > 0 && (minAmount == null || counted.compareTo(minAmount) >= 0);
        return applies ? counted : BigDecimal.ZERO;
    }

    public static Decision check(Kind kind, @Nullable BigDecimal multiplier, @Nullable Long bonusPoints,
                                 @Nullable BigDecimal minAmount, Instant startsAt, Instant endsAt,
                                 @Nullable String category) {
        if (category != null && !PurchaseLine.isValidCategory(category)) {
            return Decision.reject("promotion-category", "category", "A category has 1 to {0} characters",
                    PurchaseLine.MAX_CATEGORY_LENGTH);
        }
        if (startsAt.isBefore(EARLIEST) || endsAt.isAfter(LATEST)) {
            return Decision.reject("promotion-period", "startsAt", "Promotions run between 2000 and 2100");
        }
        if (!endsAt.isAfter(startsAt)) {
            return Decision.reject("promotion-period", "endsAt", "The end must be after the start");
        }
        if (minAmount != null && minAmount.signum() < 0) {
            return Decision.reject("promotion-min-amount", "minAmount", "The minimum amount cannot be negative");
        }
        return switch (kind) {
            case MULTIPLIER -> multiplier == null || multiplier.compareTo(BigDecimal.ONE) <= 0
                    || multiplier.compareTo(MAX_MULTIPLIER) > 0 || multiplier.stripTrailingZeros().scale() > 2
                    ? Decision.reject("promotion-multiplier", "multiplier",
                    "A multiplier is above 1 and at most {0}, with at most two decimals", MAX_MULTIPLIER)
                    : Decision.ALLOWED;
            case FIXED_BONUS -> bonusPoints == null || bonusPoints <= 0 || bonusPoints > Bonuses.MAX
                    ? Decision.reject("promotion-bonus", "bonusPoints", "A bonus is 1 to {0} points", Bonuses.MAX)
                    : Decision.ALLOWED;
        };
    }
}
