package de.stammkunde.domain.purchase;

import java.time.Duration;

/**
 * Who records a purchase, which decides how far back it may be dated ({@code occurredAt}). Back-dating earns the
 * promotions and tier spend of that time and can release points at once; a till or an agent records what happened
 * at the counter, so a few days cover a network outage or a forgotten receipt.
 */
public enum PurchaseRecorder {
    /** A till (API key). */
    TILL(Duration.ofDays(7)),
    /** An agent at the counter. */
    AGENT(Duration.ofDays(7)),
    /**
     * The owner, who may change the rules and adjust points anyway (audited): also the shop's history when it moves
     * to Stammkunde by hand.
     */
    OWNER(Duration.ofDays(3 * 366)),
    /** A history import whose purchases the owner chose to award points for: any age. */
    IMPORT(Duration.ofDays(100 * 366));

    private final Duration maxBackdate;

    PurchaseRecorder(Duration maxBackdate) {
        this.maxBackdate = maxBackdate;
    }

    /** Whether a person typed the amount in (staff at the counter), so a typo is possible: plausibility asks. */
    public boolean typedByHand() {
        return this == AGENT || this == OWNER;
    }

    /** How far before now a purchase of this recorder may have occurred. */
    public Duration maxBackdate() {
        return maxBackdate;
    }
}
