package de.stammkunde.domain.ledger;

/**
 * One part of a ledger entry's points and the rule that produced it: {@code base}, {@code promotion},
 * {@code welcome}, {@code referral}. {@code label} names the rule as the owner wrote it (a promotion's name).
 */
public record PointsComponent(String rule, String label, long points) {
}
