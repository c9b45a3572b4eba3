package de.stammkunde.domain.goodwill;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A suggested gesture with what it costs and why: {@code reasons} are codes the console puts in words (e.g.
 * {@code severity.HIGH}, {@code value.LOYAL}, {@code serial.REPEATED}, {@code category.DELIVERY}); {@code withinAllowance}:
 * whether the asking staff member can give it without approval.
 */
public record Recommendation(GestureKind kind, @Nullable Long points, @Nullable UUID rewardId,
                             @Nullable String rewardName, @Nullable UUID subscriptionId, @Nullable Integer months,
                             @Nullable BigDecimal amount, BigDecimal cost, List<String> reasons,
                             boolean withinAllowance) {
    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
