package de.stammkunde.api.ledger;

import de.stammkunde.api.web.MoneyText;
import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.domain.ledger.LedgerLine;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One line of a customer's points history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntryDto(String id, String type, long availableDelta, long pendingDelta, long owedDelta,
                             Instant occurredAt,
                             @Nullable PurchaseRef purchase, @Nullable String reason, List<BreakdownPart> breakdown) {
    /** Which rule produced how many of the entry's points: rule = base, promotion, welcome, referral. */
    public record BreakdownPart(String rule, String label, long points) {
    }

    /** The purchase an entry came from; {@code pointsPending}/{@code releaseAt}: what of it is still pending, and until when. */
    public record PurchaseRef(String id, String amount, String currency, @Nullable String reference,
                              long pointsPending, @Nullable Instant releaseAt) {
    }

    public record LedgerPage(List<LedgerEntryDto> items) {
    }

    public static LedgerEntryDto of(LedgerLine line) {
        var e = line.entry();
        PurchaseRef purchase = e.purchaseId() == null || line.purchaseAmount() == null ? null
                : new PurchaseRef(e.purchaseId().toString(), MoneyText.of(line.purchaseAmount()),
                        line.purchaseAmount().currencyCode(), line.purchaseReference(),
                        line.purchasePointsPending(), line.purchaseReleaseAt());
        return new LedgerEntryDto(e.id().toString(), e.type().name(), e.availableDelta(), e.pendingDelta(),
                e.owedDelta(), e.occurredAt(), purchase, e.reason(),
                e.breakdown().stream().map(c -> new BreakdownPart(c.rule(), c.label(), c.points())).toList());
    }

    public static LedgerPage page(List<LedgerLine> lines) {
        return new LedgerPage(lines.stream().map(LedgerEntryDto::of).toList());
    }
}
