package de.stammkunde.domain.ledger;

import de.stammkunde.domain.shared.Money;
import org.jspecify.annotations.Nullable;

/** A ledger entry as the history shows it, with the purchase it came from (if any). */
public record LedgerLine(LedgerEntry entry, @Nullable Money purchaseAmount, @Nullable String purchaseReference) {
}
