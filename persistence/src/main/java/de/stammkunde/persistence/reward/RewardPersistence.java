package de.stammkunde.persistence.reward;

import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.reward.Vouchers;
import org.jooq.DSLContext;

/** The reward feature's adapters. */
public final class RewardPersistence {
    private RewardPersistence() {
    }

    public static Rewards rewards(DSLContext dsl) {
        return new JooqRewards(dsl);
    }

    public static Vouchers vouchers(DSLContext dsl) {
        return new JooqVouchers(dsl);
    }
}
