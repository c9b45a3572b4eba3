package de.stammkunde.api.reward;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.demo.DemoSeed;
import de.stammkunde.api.demo.DemoShop;
import de.stammkunde.domain.reward.ManageRewards;
import de.stammkunde.domain.reward.RewardKind;
import de.stammkunde.domain.shared.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo: a bakery's rewards — a coffee, a piece of cake, 5 € off, 10 % off a cake order. */
@Component
@Profile("demo")
class RewardDemo implements DemoSeed {
    static final String COFFEE = "Kaffee gratis";

    private final ManageRewards manageRewards;
    private final Transactions tx;

    RewardDemo(ManageRewards manageRewards, Transactions tx) {
        this.manageRewards = manageRewards;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(DemoShop demo) {
        tx.run(() -> {
            reward(demo, COFFEE, "Ein Kaffee nach Wahl", 50, RewardKind.FREE_ITEM, null, null, "Ein Kaffee");
            reward(demo, "Stück Kuchen", "Ein Stück Kuchen aus der Theke", 120, RewardKind.FREE_ITEM, null, null,
                    "Ein Stück Kuchen");
            reward(demo, "5 € Gutschein", "5 € Rabatt auf den nächsten Einkauf", 250, RewardKind.AMOUNT_OFF,
                    new Money(new BigDecimal("5.00"), demo.shop().currency()), null, null);
            reward(demo, "10 % auf Torten", "10 % Rabatt auf eine Tortenbestellung", 400, RewardKind.PERCENT_OFF,
                    null, new BigDecimal("10"), null);
        });
    }

    private void reward(DemoShop demo, String name, String description, long cost, RewardKind kind,
                        @Nullable Money amount, @Nullable BigDecimal percent, @Nullable String item) {
        manageRewards.create(demo.shop().id(), new ManageRewards.Command(name, description, cost, kind, amount,
                percent, item, 90, true), demo.owner());
    }
}
