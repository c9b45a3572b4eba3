package de.stammkunde.domain.ledger;

/** Why points moved. */
public enum LedgerEntryType {
    /** Points for a purchase (pending while the return window is open, else available). */
    PURCHASE_EARN,
    /** A manual correction by the owner, with a reason. */
    ADJUSTMENT,
    /** Points spent on a reward; a voucher was issued. */
    REDEMPTION,
    /** The return window of a purchase passed: its pending points became available. */
    RELEASE,
    /** A (partial) return took back the purchase's points: pending first, then available, the rest owed. */
    RETURN,
    /** Newly available points paid off points owed from an earlier return. */
    SHORTFALL_SETTLEMENT,
    /** Points for joining the programme. */
    WELCOME_BONUS,
    /** Points for a referral: to the customer who referred, and to the new customer. */
    REFERRAL_BONUS,
    /** Available points expired under the shop's expiry rule. */
    EXPIRY,
    /** Bonus points given as a gesture of goodwill in a complaint case. */
    GOODWILL,
    /** A voucher bought with points was cancelled before use: its points went back to the customer. */
    VOUCHER_CANCELLED
}
