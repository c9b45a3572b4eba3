package de.stammkunde.domain.ledger;

/** Why points moved. */
public enum LedgerEntryType {
    /** Points for a purchase. */
    PURCHASE_EARN,
    /** A manual correction by the owner, with a reason. */
    ADJUSTMENT,
    /** Points spent on a reward; a voucher was issued. */
    REDEMPTION
}
