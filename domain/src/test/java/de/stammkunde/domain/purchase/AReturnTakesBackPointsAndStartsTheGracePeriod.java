package de.stammkunde.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.RewardKind;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.testing.InMemoryApplication;
import de.stammkunde.domain.tier.Tier;
import de.stammkunde.domain.tier.TierChange;
import de.stammkunde.domain.tier.TierChanged;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AReturnTakesBackPointsAndStartsTheGracePeriod {
    private final InMemoryApplication app = new InMemoryApplication();
    private final Shop shop = app.shop();
    private final Customer erika = app.customer(shop, "Erika", null);

    private Purchase buy(String amount) {
        return app.recordPurchase().record(shop.id(), new RecordPurchase.Command(erika.id(), Money.of(amount, "EUR"),
                null, null), Actor.SYSTEM).purchase();
    }

    private ReturnPurchase.Returned giveBack(Purchase purchase, String amount) {
        return app.returnPurchase().returnGoods(shop.id(), erika.id(), purchase.id(), Money.of(amount, "EUR"),
                Actor.SYSTEM);
    }

    @Test
    void pointsComeBackInProportionAndWhatWasSpentIsOwed() {
        Purchase purchase = buy("25.00");
        Reward coffee = new Reward(shop.id(), UUID.randomUUID(), "Kaffee", null, 20, RewardKind.FREE_ITEM, null, null,
                "Kaffee", 30, true);
        app.rewards.save(coffee, Actor.SYSTEM);
        app.redeemReward().redeem(shop.id(), erika.id(), coffee.id(), Actor.SYSTEM);

        ReturnPurchase.Returned returned = giveBack(purchase, "10.00");

        assertThat(returned.purchaseReturn().pointsReversed()).isEqualTo(10);
        assertThat(returned.owedAdded()).as("5 were available, 5 spent already").isEqualTo(5);
        assertThat(returned.balance()).isEqualTo(new Balance(0, 0, 5));
        assertThat(app.published(PurchaseReturned.class)).singleElement()
                .satisfies(r -> assertThat(r.pointsReversed()).isEqualTo(10));

        Purchase next = buy("8.00");
        assertThat(app.ledger.balance(shop.id(), erika.id())).as("the next purchase pays off what is owed")
                .isEqualTo(new Balance(3, 0, 0));
        assertThat(app.ledgerStore.entriesOf(erika.id())).extracting(e -> e.type()).containsSubsequence(
                LedgerEntryType.RETURN, LedgerEntryType.PURCHASE_EARN, LedgerEntryType.SHORTFALL_SETTLEMENT);
        assertThat(next.pointsEarned()).isEqualTo(8);
    }

    @Test
    void partialReturnsNeverTakeBackMoreThanThePurchaseEarned() {
        Purchase purchase = buy("9.99");

        long reversed = giveBack(purchase, "3.33").purchaseReturn().pointsReversed()
                + giveBack(purchase, "3.33").purchaseReturn().pointsReversed()
                + giveBack(purchase, "3.33").purchaseReturn().pointsReversed();

        assertThat(reversed).isEqualTo(purchase.pointsEarned());
        assertThatThrownBy(() -> giveBack(purchase, "0.01")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().code()).isEqualTo("return-exceeds-purchase"));
    }

    @Test
    void fallingBelowTheTierThresholdStartsTheGracePeriodAtOnce() {
        app.tiers.save(new Tier(shop.id(), UUID.randomUUID(), "Gold", new BigDecimal("50"), new BigDecimal("1.5")),
                Actor.SYSTEM);
        Purchase purchase = buy("60.00");

        giveBack(purchase, "20.00");

        assertThat(app.published(TierChanged.class)).extracting(TierChanged::kind)
                .containsExactly(TierChange.Kind.UPGRADE, TierChange.Kind.GRACE_STARTED);
        assertThat(app.tierEvaluation.status(shop.id(), erika.id()).tier().name()).as("kept during the grace")
                .isEqualTo("Gold");
    }
}
