package de.stammkunde.domain.ledger;

/** A customer's points: available to spend, and pending (earned but not yet released). Never negative. */
public record Balance(long available, long pending) {
    public static final Balance ZERO = new Balance(0, 0);

    public Balance {
        if (available < 0 || pending < 0) {
            throw new IllegalArgumentException("a balance is never negative: " + available + "/" + pending);
        }
    }

    /** Whether applying these deltas keeps both parts at or above zero. */
    public boolean canApply(long availableDelta, long pendingDelta) {
        return available + availableDelta >= 0 && pending + pendingDelta >= 0;
    }

    public Balance apply(long availableDelta, long pendingDelta) {
        return new Balance(Math.addExact(available, availableDelta), Math.addExact(pending, pendingDelta));
    }
}
