package de.stammkunde.domain.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ExpiryIsFirstInFirstOut {
    private final ShopId shop = ShopId.newId();
    private final CustomerId customer = CustomerId.newId();
    private final ExpiryRule twelveMonths = new ExpiryRule(ExpiryRule.Mode.AFTER_EARNING, 12);

    @Test
    void spendingUsesTheOldestPointsFirstAndTheRestExpiresPerCredit() {
        List<LedgerEntry> ledger = List.of(
                entry(100, "2025-01-10T10:00:00Z"),
                entry(50, "2025-06-01T10:00:00Z"),
                entry(-120, "2025-07-01T10:00:00Z"),
                entry(30, "2025-09-01T10:00:00Z"));
        var schedule = ExpiryPolicy.schedule(twelveMonths, ledger, 60, null);
        assertThat(schedule).containsExactly(
                new ExpiryPolicy.Expiring(Instant.parse("2026-06-01T10:00:00Z"), 30),
                new ExpiryPolicy.Expiring(Instant.parse("2026-09-01T10:00:00Z"), 30));
        assertThat(ExpiryPolicy.dueAt(schedule, Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo(30);
    }

    @Test
    void inactivityExpiresEverythingMonthsAfterTheLastPurchase() {
        var rule = new ExpiryRule(ExpiryRule.Mode.AFTER_INACTIVITY, 6);
        var schedule = ExpiryPolicy.schedule(rule, List.of(entry(80, "2026-01-01T00:00:00Z")), 80,
                Instant.parse("2026-02-15T00:00:00Z"));
        assertThat(schedule).containsExactly(new ExpiryPolicy.Expiring(Instant.parse("2026-08-15T00:00:00Z"), 80));
        assertThat(ExpiryPolicy.schedule(ExpiryRule.NEVER, List.of(entry(80, "2026-01-01T00:00:00Z")), 80, null))
                .isEmpty();
    }

    @Property
    void theScheduleNeverExceedsWhatIsAvailable(@ForAll @Size(max = 30) List<@IntRange(min = -200, max = 200) Integer> moves) {
        long balance = 0;
        List<LedgerEntry> ledger = new java.util.ArrayList<>();
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        for (int move : moves) {
            at = at.plusSeconds(86_400L * 10);
            if (move == 0 || balance + move < 0) {
                continue;
            }
            balance += move;
            ledger.add(entry(move, at.toString()));
        }
        var schedule = ExpiryPolicy.schedule(twelveMonths, ledger, balance, null);
        assertThat(schedule.stream().mapToLong(ExpiryPolicy.Expiring::points).sum()).isEqualTo(balance);
    }

    private LedgerEntry entry(long points, String at) {
        return points > 0 ? LedgerEntry.adjustment(shop, customer, points, "test", Instant.parse(at))
                : LedgerEntry.redemption(shop, customer, -points, "test", java.util.UUID.randomUUID(),
                        Instant.parse(at));
    }
}
