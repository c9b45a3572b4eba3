package de.stammkunde.domain.reward;

/** What a reward's voucher is worth at the till. */
public enum RewardKind {
    /** A fixed amount off, e.g. 5.00 EUR. */
    AMOUNT_OFF,
    /** A percentage off one purchase, e.g. 10 %. */
    PERCENT_OFF,
    /** A free item, e.g. "Ein Stück Kuchen". */
    FREE_ITEM
}
