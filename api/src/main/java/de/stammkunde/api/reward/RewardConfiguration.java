package de.stammkunde.api.reward;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.reward.ManageRewards;
import de.stammkunde.domain.reward.RedeemReward;
import de.stammkunde.domain.reward.RewardQueries;
import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.reward.UseVoucher;
import de.stammkunde.domain.reward.Vouchers;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.persistence.reward.RewardPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rewards catalogue, redemptions into vouchers, and the voucher desk. */
@Configuration(proxyBeanMethods = false)
class RewardConfiguration {
    @Bean
    Rewards rewards(DSLContext dsl) {
        return RewardPersistence.rewards(dsl);
    }

    @Bean
    Vouchers vouchers(DSLContext dsl) {
        return RewardPersistence.vouchers(dsl);
    }

    @Bean
    RewardQueries rewardQueries(Rewards rewards, Vouchers vouchers) {
        return new RewardQueries(rewards, vouchers);
    }

    @Bean
    ManageRewards manageRewards(Shops shops, Rewards rewards, de.stammkunde.domain.programme.Programmes programmes,
                                AuditLog auditLog, Clock clock) {
        return new ManageRewards(shops, rewards, programmes, auditLog, clock);
    }

    @Bean
    RedeemReward redeemReward(Rewards rewards, Customers customers, Ledger ledger, Vouchers vouchers,
                              DomainEvents events, Clock clock) {
        return new RedeemReward(rewards, customers, ledger, vouchers, events, clock);
    }

    @Bean
    UseVoucher useVoucher(Vouchers vouchers, DomainEvents events, Clock clock) {
        return new UseVoucher(vouchers, events, clock);
    }

    @Bean
    de.stammkunde.domain.reward.CancelVoucher cancelVoucher(Vouchers vouchers, Ledger ledger, AuditLog auditLog,
                                                           Clock clock) {
        return new de.stammkunde.domain.reward.CancelVoucher(vouchers, ledger, auditLog, clock);
    }
}
