package de.stammkunde.domain.expiry;

import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.LedgerEntryType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which available points expire when, computed from the ledger alone (no lots to keep in step): points are spent
 * first-in-first-out, so every debit — redemption, negative adjustment, return, settlement, earlier expiry — uses
 * up the oldest credits first. What is left of a credit expires {@code months} after it became available. Under
 * "after inactivity", everything available expires {@code months} after the last purchase.
 */
public final class ExpiryPolicy {
    /** Points that expire at an instant. */
    public record Expiring(Instant at, long points) {
    }

    private ExpiryPolicy() {
    }

    /** All future and past-due expiries of the points still available, earliest first. */
    public static List<Expiring> schedule(ExpiryRule rule, List<LedgerEntry> entries, long available,
                                          @Nullable Instant lastPurchase) {
        if (available <= 0 || rule.mode() == ExpiryRule.Mode.NONE) {
            return List.of();
        }
        if (rule.mode() == ExpiryRule.Mode.AFTER_INACTIVITY) {
            if (lastPurchase == null) {
                return List.of();
            }
            return List.of(new Expiring(plusMonths(lastPurchase, rule.months()), available));
        }
        List<LedgerEntry> credits = entries.stream().filter(e -> e.availableDelta() > 0)
                .sorted(Comparator.comparing(LedgerEntry::occurredAt)).toList();
        long debits = entries.stream().filter(e -> e.availableDelta() < 0).mapToLong(e -> -e.availableDelta()).sum();
        Map<Instant, Long> byDate = new TreeMap<>();
        for (LedgerEntry credit : credits) {
            long used = Math.min(debits, credit.availableDelta());
            debits -= used;
            long left = credit.availableDelta() - used;
            if (left > 0) {
                byDate.merge(plusMonths(credit.occurredAt(), rule.months()), left, Long::sum);
            }
        }
        List<Expiring> schedule = new ArrayList<>();
        long total = 0;
        for (var e : byDate.entrySet()) {
            // Never more than what is available (credits whose debits are not in the list cannot inflate this).
            long points = Math.min(e.getValue(), available - total);
            if (points > 0) {
                schedule.add(new Expiring(e.getKey(), points));
                total += points;
            }
        }
        return schedule;
    }

    /** What has expired by {@code now} and is still on the balance. */
    public static long dueAt(List<Expiring> schedule, Instant now) {
        return schedule.stream().filter(e -> !e.at().isAfter(now)).mapToLong(Expiring::points).sum();
    }

    static Instant plusMonths(Instant instant, int months) {
        return instant.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    /** EXPIRY entries are debits like any other; exposed for tests that build ledgers by hand. */
    public static boolean isExpiry(LedgerEntry entry) {
        return entry.type() == LedgerEntryType.EXPIRY;
    }
}
