package de.stammkunde.api.purchase;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.domain.purchase.Purchase;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

@JsonInclude(JsonInclude.Include.ALWAYS)
public record PurchaseDto(String id, String amount, String currency, @Nullable String reference, Instant occurredAt,
                          long pointsEarned, long pointsPending, @Nullable Instant releaseAt, String amountReturned,
                          long pointsReversed) {
    public record Page(List<PurchaseDto> items) {
    }

    public static PurchaseDto of(Purchase p) {
        return new PurchaseDto(p.id().toString(), p.amount().amount().toPlainString(), p.amount().currencyCode(),
                p.reference(), p.occurredAt(), p.pointsEarned(), p.pointsPending(), p.releaseAt(),
                p.amountReturned().setScale(Math.max(p.amount().currency().getDefaultFractionDigits(), 0),
                        java.math.RoundingMode.UNNECESSARY).toPlainString(), p.pointsReversed());
    }
}
