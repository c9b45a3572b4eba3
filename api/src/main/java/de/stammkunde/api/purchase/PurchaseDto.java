package de.stammkunde.api.purchase;

import de.stammkunde.api.web.MoneyText;
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
                          long pointsReversed, List<PurchaseLineDto> lines) {
    public record PurchasePage(List<PurchaseDto> items) {
    }

    /** What the purchase spent in one product category. */
    public record PurchaseLineDto(String category, String amount) {
    }

    public static PurchaseDto of(Purchase p, List<PurchaseLine> lines) {
        return new PurchaseDto(p.id().toString(), MoneyText.of(p.amount()), p.amount().currencyCode(),
                p.reference(), p.occurredAt(), p.pointsEarned(), p.pointsPending(), p.releaseAt(),
                money(p, p.amountReturned()), p.pointsReversed(),
                lines.stream().map(l -> new PurchaseLineDto(l.category(), money(p, l.amount()))).toList());
    }

    private static String money(Purchase p, BigDecimal amount) {
        return MoneyText.of(amount, p.amount().currency());
    }
}
