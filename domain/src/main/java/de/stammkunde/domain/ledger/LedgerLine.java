package de.stammkunde.domain.ledger;

import de.stammkunde.domain.shared.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ledger entry as the history shows it, with the purchase it came from (if any). */
public record LedgerLine(LedgerEntry entry, @Nullable Money purchaseAmount, @Nullable String purchaseReference,
                         long purchasePointsPending, @Nullable Instant purchaseReleaseAt) {
    public LedgerLine(LedgerEntry entry, @Nullable Money purchaseAmount, @Nullable String purchaseReference) {
        this(entry, purchaseAmount, purchaseReference, 0, null);
    }
}
