package de.stammkunde.domain.goodwill;

/** The gestures of goodwill an agent can offer (DOMAIN.md §1, §4). */
public enum GestureKind {
    /** A GOODWILL ledger entry; costs points × the shop's point value. */
    BONUS_POINTS,
    /** A voucher of one of the shop's rewards, without spending points; costs its amount (or its points' value). */
    VOUCHER,
    /** Free months of the customer's subscription: its paid-until date moves on; costs months × the monthly fee. */
    FREE_MONTHS,
    /** A fee paid back (pending until the shop paid it); costs the amount. */
    FEE_REFUND,
    /** A gift, described, with what it cost. */
    GIFT
}
