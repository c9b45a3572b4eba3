package de.stammkunde.domain.complaint;

/** What a complaint is about; reports count complaints per category, recommendations weigh it. */
public enum CaseCategory {
    /** The goods themselves: spoiled, broken, not as described. */
    PRODUCT_QUALITY,
    /** Delivery or pick-up: late, missing, wrong. */
    DELIVERY,
    /** Prices, fees, charges, the receipt. */
    BILLING,
    /** Waiting times, opening hours, the way a request was handled. */
    SERVICE,
    /** How a staff member behaved. */
    STAFF,
    /** Points, rewards, vouchers, tiers. */
    LOYALTY_PROGRAMME,
    OTHER
}
