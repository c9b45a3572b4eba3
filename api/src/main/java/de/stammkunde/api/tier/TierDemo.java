package de.stammkunde.api.tier;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.demo.DemoSeed;
import de.stammkunde.api.demo.DemoShop;
import de.stammkunde.domain.tier.ManageTiers;
import java.math.BigDecimal;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo: Silber from 150 € and Gold from 400 € of spend in 12 months. */
@Component
@Profile("demo")
class TierDemo implements DemoSeed {
    private final ManageTiers manageTiers;
    private final Transactions tx;

    TierDemo(ManageTiers manageTiers, Transactions tx) {
        this.manageTiers = manageTiers;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public void seed(DemoShop demo) {
        tx.run(() -> {
            manageTiers.create(demo.shop().id(), "Silber", new BigDecimal("150"), new BigDecimal("1.25"),
                    demo.owner());
            manageTiers.create(demo.shop().id(), "Gold", new BigDecimal("400"), new BigDecimal("1.5"), demo.owner());
        });
    }
}
