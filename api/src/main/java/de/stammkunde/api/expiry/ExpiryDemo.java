package de.stammkunde.api.expiry;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.demo.DemoSeed;
import de.stammkunde.api.demo.DemoShop;
import de.stammkunde.domain.expiry.ChangeExpiryRule;
import de.stammkunde.domain.expiry.ExpiryRule;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo: points expire 24 months after they became available. */
@Component
@Profile("demo")
class ExpiryDemo implements DemoSeed {
    private final ChangeExpiryRule changeExpiryRule;
    private final Transactions tx;

    ExpiryDemo(ChangeExpiryRule changeExpiryRule, Transactions tx) {
        this.changeExpiryRule = changeExpiryRule;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public void seed(DemoShop demo) {
        tx.run(() -> changeExpiryRule.change(demo.shop().id(), ExpiryRule.Mode.AFTER_EARNING, 24, demo.owner()));
    }
}
