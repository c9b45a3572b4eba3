package de.stammkunde.api.purchase;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.domain.purchase.Purchase;
import de.stammkunde.domain.shared.PurchaseLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

@JsonInclude(JsonInclude.Include.ALWAYS)
public record PurchaseDto(String id, String amount, String currency, @Nullable String reference, Instant occurredAt,
                          long pointsEarned, long pointsPending, @Nullable Instant releaseAt, String amountReturned,
                          long pointsReversed, List<Line> lines) {
    public record Page(List<PurchaseDto> items) {
    }

    /** What the purchase spent in one product category. */
    public record Line(String category, String amount) {
    }

    public static PurchaseDto of(Purchase p, List<PurchaseLine> lines) {
        return new PurchaseDto(p.id().toString(), p.amount().amount().toPlainString(), p.amount().currencyCode(),
                p.reference(), p.occurredAt(), p.pointsEarned(), p.pointsPending(), p.releaseAt(),
                money(p, p.amountReturned()), p.pointsReversed(),
                lines.stream().map(l -> new Line(l.category(), money(p, l.amount()))).toList());
    }

    private static String money(Purchase p, BigDecimal amount) {
        return amount.setScale(Math.max(p.amount().currency().getDefaultFractionDigits(), 0),
                java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
