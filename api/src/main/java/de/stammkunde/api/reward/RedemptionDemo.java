package de.stammkunde.api.reward;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.demo.DemoSeed;
import de.stammkunde.api.demo.DemoShop;
import de.stammkunde.domain.reward.RedeemReward;
import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.RewardQueries;
import de.stammkunde.domain.shared.Actor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo: after two years of purchases the demo customer has redeemed a coffee; the voucher waits in the portal. */
@Component
@Profile("demo")
class RedemptionDemo implements DemoSeed {
    private final RewardQueries rewards;
    private final RedeemReward redeemReward;
    private final Transactions tx;

    RedemptionDemo(RewardQueries rewards, RedeemReward redeemReward, Transactions tx) {
        this.rewards = rewards;
        this.redeemReward = redeemReward;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed(DemoShop demo) {
        tx.run(() -> {
            Reward coffee = rewards.catalogue(demo.shop().id(), true).stream()
                    .filter(r -> r.name().equals(RewardDemo.COFFEE)).findFirst().orElseThrow();
            demo.members().stream().filter(DemoShop.Member::demoCustomer).forEach(m ->
                    redeemReward.redeem(demo.shop().id(), m.id(), coffee.id(), Actor.customer(m.id())));
        });
    }
}
