package de.stammkunde.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.ledger.PointsComponent;
import de.stammkunde.domain.ledger.PointsPosted;
import de.stammkunde.domain.programme.EarningRule;
import de.stammkunde.domain.programme.PointsRounding;
import de.stammkunde.domain.programme.Promotion;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.testing.InMemoryApplication;
import de.stammkunde.domain.tier.Tier;
import de.stammkunde.domain.tier.TierChange;
import de.stammkunde.domain.tier.TierChanged;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordingAPurchaseEarnsPointsAndMovesTheTier {
    private final InMemoryApplication app = new InMemoryApplication();
    private final Shop shop = app.shop();
    private final Customer erika = app.customer(shop, "Erika", null);

    private RecordPurchase.Recorded buy(String amount) {
        return app.recordPurchase().record(shop.id(), new RecordPurchase.Command(erika.id(), Money.of(amount, "EUR"),
                "Bon 1", null), Actor.SYSTEM);
    }

    @Test
    void pointsFollowTheShopsRateAndRoundingAndAreAvailableAtOnceWithoutAReturnWindow() {
        app.programmes.saveEarningRule(shop.id(), new EarningRule(new BigDecimal("1.5"), PointsRounding.HALF_UP),
                Actor.SYSTEM);

        RecordPurchase.Recorded recorded = buy("12.99");

        assertThat(recorded.purchase().pointsEarned()).as("12.99 × 1.5 = 19.485, half up").isEqualTo(19);
        assertThat(recorded.balance()).isEqualTo(new Balance(19, 0));
        assertThat(app.ledgerStore.entriesOf(erika.id())).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(LedgerEntryType.PURCHASE_EARN);
            assertThat(e.idempotencyKey()).isEqualTo("purchase:" + recorded.purchase().id() + ":earn");
            assertThat(e.breakdown()).containsExactly(new PointsComponent("base", "1.5", 19));
        });
    }

    @Test
    void withAReturnWindowThePointsWaitAndTheReleaseMakesThemAvailableOnce() {
        app.programmes.saveReturnWindowDays(shop.id(), 14, Actor.SYSTEM);

        RecordPurchase.Recorded recorded = buy("25.00");

        assertThat(recorded.balance()).isEqualTo(new Balance(0, 25));
        assertThat(recorded.purchase().releaseAt()).isEqualTo(InMemoryApplication.T0.plus(Duration.ofDays(14)));
        ReleasePendingPoints release = app.releasePendingPoints();
        assertThat(release.due(10)).as("not before the window passed").isEmpty();

        app.advance(Duration.ofDays(14));
        Purchase due = release.due(10).getFirst();
        assertThat(release.release(due)).isTrue();
        assertThat(release.release(due)).as("released once").isFalse();

        assertThat(app.ledger.balance(shop.id(), erika.id())).isEqualTo(new Balance(25, 0));
        assertThat(app.purchases.get(recorded.purchase().id()).pointsPending()).isZero();
    }

    @Test
    void thePurchaseIsRecordedAsAFactAfterItsPointsAndLiftsTheCustomerIntoATier() {
        Tier silber = new Tier(shop.id(), UUID.randomUUID(), "Silber", new BigDecimal("20"), new BigDecimal("2"));
        app.tiers.save(silber, Actor.SYSTEM);

        RecordPurchase.Recorded first = buy("25.00");
        RecordPurchase.Recorded second = buy("10.00");

        assertThat(first.purchase().pointsEarned()).as("no tier yet at the first purchase").isEqualTo(25);
        assertThat(second.purchase().pointsEarned()).as("10 base + 10 for Silber ×2").isEqualTo(20);
        assertThat(app.published(TierChanged.class)).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TierChange.Kind.UPGRADE);
            assertThat(t.toTier()).isEqualTo("Silber");
            assertThat(t.qualifyingSpend()).isEqualByComparingTo("25");
        });
        assertThat(app.published).extracting(e -> e.getClass().getSimpleName()).containsSubsequence(
                "PointsPosted", "PurchaseRecorded", "TierChanged", "PointsPosted", "PurchaseRecorded");
        PurchaseRecorded fact = app.published(PurchaseRecorded.class).getFirst();
        assertThat(fact.amount()).isEqualTo(Money.of("25.00", "EUR"));
        assertThat(fact.pointsEarned()).isEqualTo(25);
        assertThat(app.published(PointsPosted.class).getFirst().available()).isEqualTo(25);
    }

    @Test
    void aPromotionRunningAtThePurchaseTimeAddsItsPointsWithItsName() {
        app.promotions.save(new Promotion(shop.id(), UUID.randomUUID(), "Doppelte Punkte", Promotion.Kind.MULTIPLIER,
                new BigDecimal("2"), null, null, InMemoryApplication.T0.minusSeconds(60),
                InMemoryApplication.T0.plus(Duration.ofDays(1)), true, null), Actor.SYSTEM);

        RecordPurchase.Recorded recorded = buy("30.00");

        assertThat(recorded.purchase().pointsEarned()).isEqualTo(60);
        assertThat(app.ledgerStore.entriesOf(erika.id()).getFirst().breakdown()).containsExactly(
                new PointsComponent("base", "1", 30), new PointsComponent("promotion", "Doppelte Punkte", 30));
    }

    @Test
    void aPurchaseInAnotherCurrencyOrForAnUnknownCustomerWritesNothing() {
        assertThatThrownBy(() -> app.recordPurchase().record(shop.id(), new RecordPurchase.Command(erika.id(),
                Money.of("10.00", "USD"), null, null), Actor.SYSTEM))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().field()).isEqualTo("currency"));
        assertThatThrownBy(() -> app.recordPurchase().record(shop.id(), new RecordPurchase.Command(CustomerId.newId(),
                Money.of("10.00", "EUR"), null, null), Actor.SYSTEM))
                .isInstanceOf(NotFoundException.class);

        assertThat(app.purchases.all()).isEmpty();
        assertThat(app.published(PurchaseRecorded.class)).isEmpty();
        assertThat(app.ledgerStore.entriesOf(erika.id())).isEqualTo(List.of());
    }
}
