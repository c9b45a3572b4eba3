package de.stammkunde.domain.ledger;

/**
 * A customer's points: available to spend, pending (earned, released when the return window has passed) and
 * owed (points of returned purchases that had already been spent; future earnings pay them off first). None is
 * ever negative, and while anything is owed nothing is available.
 */
public record Balance(long available, long pending, long owed) {
    public static final Balance ZERO = new Balance(0, 0, 0);

    public Balance {
        if (available < 0 || pending < 0 || owed < 0) {
            throw new IllegalArgumentException("a balance is never negative: " + available + "/" + pending + "/"
                    + owed);
        }
    }

    public Balance(long available, long pending) {
        this(available, pending, 0);
    }

    /** Whether applying these deltas keeps every part at or above zero. */
    public boolean canApply(long availableDelta, long pendingDelta, long owedDelta) {
        return available + availableDelta >= 0 && pending + pendingDelta >= 0 && owed + owedDelta >= 0;
    }

    public boolean canApply(long availableDelta, long pendingDelta) {
        return canApply(availableDelta, pendingDelta, 0);
    }

    public Balance apply(long availableDelta, long pendingDelta, long owedDelta) {
        return new Balance(Math.addExact(available, availableDelta), Math.addExact(pending, pendingDelta),
                Math.addExact(owed, owedDelta));
    }

    public Balance apply(long availableDelta, long pendingDelta) {
        return apply(availableDelta, pendingDelta, 0);
    }
}
