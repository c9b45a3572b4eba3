package de.stammkunde.domain.programme;

import de.stammkunde.domain.shared.Decision;

/** One-off bonuses: for joining, and for both sides of a referral. */
public record Bonuses(long welcome, long referrer, long referee) {
    public static final Bonuses NONE = new Bonuses(0, 0, 0);
    public static final long MAX = 1_000_000;

    public static Decision check(long welcome, long referrer, long referee) {
        if (welcome < 0 || welcome > MAX) {
            return Decision.reject("invalid-bonus", "welcomeBonusPoints", "Between 0 and {0} points", MAX);
        }
        if (referrer < 0 || referrer > MAX) {
            return Decision.reject("invalid-bonus", "referralBonusReferrer", "Between 0 and {0} points", MAX);
        }
        if (referee < 0 || referee > MAX) {
            return Decision.reject("invalid-bonus", "referralBonusReferee", "Between 0 and {0} points", MAX);
        }
        return Decision.ALLOWED;
    }
}
