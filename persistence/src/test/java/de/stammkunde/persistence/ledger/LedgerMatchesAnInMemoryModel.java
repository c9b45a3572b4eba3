package de.stammkunde.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.ledger.AdjustPoints;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerCheck;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.purchase.RecordPurchase;
import de.stammkunde.domain.reward.RedeemReward;
import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.RewardKind;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.persistence.PersistenceTestSupport;
import de.stammkunde.persistence.audit.AuditPersistence;
import de.stammkunde.persistence.customer.CustomerPersistence;
import de.stammkunde.persistence.programme.ProgrammePersistence;
import de.stammkunde.persistence.purchase.PurchasePersistence;
import de.stammkunde.persistence.reward.RewardPersistence;
import de.stammkunde.persistence.shop.ShopPersistence;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.jooq.DSLContext;

/**
 * Random sequences of earn / release / return / redeem / adjust / expire, each in its own transaction through the real
 * use cases and the real PostgreSQL, against a model. After every step: the balance never goes negative, nothing
 * is available while points are owed, the ledger check finds every balance equal to the sum of its entries, and
 * points are conserved: available + pending − owed = earned − reversed − redeemed + adjusted − expired.
 * Redemptions and adjustments succeed exactly when the model says the points are there.
 */
class LedgerMatchesAnInMemoryModel {
    private static final AtomicLong SEQUENCES = new AtomicLong();
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong EXPIRED = new AtomicLong();
    private final DSLContext dsl = PersistenceTestSupport.dsl();

    sealed interface Step {
        /** A purchase, today or 45 days ago (those points are past the return window and, under the 1-month
         *  expiry rule, due to expire). */
        record Earn(long cents, boolean backdated) implements Step {
        }

        /** The daily expiry run. */
        record Expire() implements Step {
        }

        record Redeem(int reward) implements Step {
        }

        record Adjust(long points) implements Step {
        }

        /** Time passes: every pending purchase's return window is over, and the release job runs. */
        record Release() implements Step {
        }

        /** Returns a share (in percent of what is left) of one of the purchases so far. */
        record Return(int purchase, int percent) implements Step {
        }
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Step> earn = net.jqwik.api.Combinators.combine(Arbitraries.longs().between(1, 20_000),
                Arbitraries.of(true, false)).as(Step.Earn::new);
        Arbitrary<Step> redeem = Arbitraries.integers().between(0, 2).map(Step.Redeem::new);
        Arbitrary<Step> adjust = Arbitraries.longs().between(-150, 150).filter(p -> p != 0).map(Step.Adjust::new);
        Arbitrary<Step> release = Arbitraries.just(new Step.Release());
        Arbitrary<Step> returns = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(1, 100)).as(Step.Return::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, earn), net.jqwik.api.Tuple.of(3, redeem), net.jqwik.api.Tuple.of(2, adjust),
                net.jqwik.api.Tuple.of(2, release), net.jqwik.api.Tuple.of(3, returns),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Step.Expire())))
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 150)
    void theLedgerAgreesWithTheModelAfterEveryStep(@ForAll("sequences") List<Step> steps) {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Customer customer = PersistenceTestSupport.newCustomer(dsl, shop);
        Clock clock = Clock.systemUTC();
        ProgrammePersistence.programmes(dsl).saveEarningRule(shop.id(),
                new de.stammkunde.domain.programme.EarningRule(new BigDecimal("1.5")), Actor.SYSTEM);
        ProgrammePersistence.programmes(dsl).saveReturnWindowDays(shop.id(), 14, Actor.SYSTEM);
        de.stammkunde.persistence.expiry.ExpiryPersistence.rules(dsl).save(shop.id(),
                new de.stammkunde.domain.expiry.ExpiryRule(de.stammkunde.domain.expiry.ExpiryRule.Mode.AFTER_EARNING, 1),
                Actor.SYSTEM);
        long expired = 0;
        ProgrammePersistence.promotions(dsl).save(new de.stammkunde.domain.programme.Promotion(shop.id(),
                UUID.randomUUID(), "Big basket", de.stammkunde.domain.programme.Promotion.Kind.FIXED_BONUS, null, 20L,
                new BigDecimal("100"), java.time.Instant.now().minusSeconds(3600),
                java.time.Instant.now().plusSeconds(86_400), true, null), Actor.SYSTEM);
        List<de.stammkunde.domain.shared.PurchaseId> purchases = new java.util.ArrayList<>();
        long earned = 0;
        long reversed = 0;
        long spent = 0;
        long adjusted = 0;
        long[] costs = {7, 30, 95};
        List<Reward> rewards = new java.util.ArrayList<>();
        for (long cost : costs) {
            Reward reward = new Reward(shop.id(), UUID.randomUUID(), "R" + cost, null, cost, RewardKind.FREE_ITEM,
                    null, null, "Item", 30, true);
            RewardPersistence.rewards(dsl).save(reward, Actor.SYSTEM);
            rewards.add(reward);
        }
        long model = 0; // what is available: redemptions and adjustments must agree with it
        for (Step step : steps) {
            STEPS.incrementAndGet();
            switch (step) {
                case Step.Earn earn -> {
                    java.time.Instant at = earn.backdated() ? java.time.Instant.now().minus(java.time.Duration.ofDays(45))
                            : null;
                    var recorded = dsl.transactionResult(tx -> recordPurchase(tx.dsl(), clock).record(shop.id(),
                            new RecordPurchase.Command(customer.id(),
                                    new Money(new BigDecimal(earn.cents()).movePointLeft(2), shop.currency()), null,
                                    at), Actor.SYSTEM));
                    purchases.add(recorded.purchase().id());
                    long base = new BigDecimal(earn.cents()).movePointLeft(2).multiply(new BigDecimal("1.5"))
                            .setScale(0, java.math.RoundingMode.DOWN).longValueExact();
                    long bonus = earn.cents() >= 10_000 && !earn.backdated() ? 20 : 0; // the promotion runs now
                    assertThat(recorded.purchase().pointsEarned()).as("1.5 per EUR, +20 from 100 EUR")
                            .isEqualTo(base + bonus);
                    earned += recorded.purchase().pointsEarned();
                }
                case Step.Expire expire -> expired += dsl.transactionResult(tx -> new de.stammkunde.domain.expiry
                        .ExpirePoints(ShopPersistence.shops(tx.dsl()),
                                de.stammkunde.persistence.expiry.ExpiryPersistence.rules(tx.dsl()),
                                PurchasePersistence.purchases(tx.dsl()), ledger(tx.dsl()),
                                de.stammkunde.persistence.expiry.ExpiryPersistence.notices(tx.dsl()), events(tx.dsl()),
                                clock)
                        .run(shop.id(), customer.id()));
                case Step.Release release -> {
                    dsl.update(de.stammkunde.persistence.jooq.Tables.PURCHASE)
                            .set(de.stammkunde.persistence.jooq.Tables.PURCHASE.RELEASE_AT,
                                    java.time.OffsetDateTime.now().minusSeconds(1))
                            .where(de.stammkunde.persistence.jooq.Tables.PURCHASE.SHOP_ID.eq(shop.id().value()),
                                    de.stammkunde.persistence.jooq.Tables.PURCHASE.POINTS_PENDING.gt(0L))
                            .execute();
                    var releaser = new de.stammkunde.domain.purchase.ReleasePendingPoints(
                            PurchasePersistence.purchases(dsl), LedgerPersistence.ledger(dsl), clock);
                    for (var due : releaser.due(100)) {
                        dsl.transaction(tx -> new de.stammkunde.domain.purchase.ReleasePendingPoints(
                                PurchasePersistence.purchases(tx.dsl()), LedgerPersistence.ledger(tx.dsl()), clock)
                                .release(due));
                    }
                    assertThat(releaser.due(10)).as("nothing left to release").isEmpty();
                }
                case Step.Return ret -> {
                    if (purchases.isEmpty()) {
                        continue;
                    }
                    var purchaseId = purchases.get(ret.purchase() % purchases.size());
                    var purchase = PurchasePersistence.purchases(dsl).ofCustomer(shop.id(), customer.id(), 1000)
                            .stream().filter(p -> p.id().equals(purchaseId)).findFirst().orElseThrow();
                    BigDecimal amount = purchase.returnable().multiply(BigDecimal.valueOf(ret.percent()))
                            .movePointLeft(2).setScale(2, java.math.RoundingMode.DOWN);
                    if (amount.signum() == 0) {
                        continue;
                    }
                    var returned = dsl.transactionResult(tx -> new de.stammkunde.domain.purchase.ReturnPurchase(
                            PurchasePersistence.purchases(tx.dsl()), ledger(tx.dsl()), events(tx.dsl()), clock)
                            .returnGoods(shop.id(), customer.id(), purchaseId, new Money(amount, shop.currency()),
                                    Actor.SYSTEM));
                    reversed += returned.purchaseReturn().pointsReversed();
                }
                case Step.Redeem redeem -> {
                    Reward reward = rewards.get(redeem.reward());
                    boolean allowed = model >= reward.pointsCost();
                    boolean succeeded = attempt(() -> dsl.transaction(tx -> redeemReward(tx.dsl(), clock)
                            .redeem(shop.id(), customer.id(), reward.id(), Actor.SYSTEM)));
                    assertThat(succeeded).as("redeem %d with %d", reward.pointsCost(), model).isEqualTo(allowed);
                    if (allowed) {
                        spent += reward.pointsCost();
                    }
                }
                case Step.Adjust adjust -> {
                    boolean allowed = model + adjust.points() >= 0;
                    boolean succeeded = attempt(() -> dsl.transaction(tx -> adjustPoints(tx.dsl(), clock)
                            .adjust(shop.id(), customer.id(), adjust.points(), "model test", Actor.SYSTEM)));
                    assertThat(succeeded).as("adjust %d with %d", adjust.points(), model).isEqualTo(allowed);
                    if (allowed) {
                        adjusted += adjust.points();
                    }
                }
            }
            Ledger ledger = LedgerPersistence.ledger(dsl);
            var balance = ledger.balance(shop.id(), customer.id());
            assertThat(balance.available() + balance.pending() - balance.owed())
                    .as("points are conserved after %s", step)
                    .isEqualTo(earned - reversed - spent + adjusted - expired);
            if (balance.owed() > 0) {
                assertThat(balance.available()).as("nothing available while points are owed").isZero();
            }
            assertThat(new LedgerCheck(ledger, ShopPersistence.shops(dsl), AuditPersistence.auditLog(dsl), clock)
                    .check(shop.id()).differences()).isEmpty();
            model = balance.available();
        }
        SEQUENCES.incrementAndGet();
        EXPIRED.addAndGet(expired);
    }

    @AfterContainer
    static void report() {
        System.out.printf("Ledger model property: %d sequences, %d steps, %d points expired, all consistent%n",
                SEQUENCES.get(), STEPS.get(), EXPIRED.get());
    }

    private static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RejectedException e) {
            assertThat(e.rejection().code()).isEqualTo("insufficient-points");
            return false;
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.getCause() instanceof RejectedException rejected) {
                assertThat(rejected.rejection().code()).isEqualTo("insufficient-points");
                return false;
            }
            throw e;
        }
    }

    private static RecordPurchase recordPurchase(DSLContext dsl, Clock clock) {
        Programmes programmes = ProgrammePersistence.programmes(dsl);
        return new RecordPurchase(ShopPersistence.shops(dsl), CustomerPersistence.customers(dsl),
                PurchasePersistence.purchases(dsl), programmes, ProgrammePersistence.promotions(dsl),
                tierEvaluation(dsl, clock), ledger(dsl), events(dsl), clock);
    }

    private static de.stammkunde.domain.tier.TierEvaluation tierEvaluation(DSLContext dsl, Clock clock) {
        return new de.stammkunde.domain.tier.TierEvaluation(de.stammkunde.persistence.tier.TierPersistence.tiers(dsl),
                e -> { }, clock);
    }

    /** The application's event bus on this transaction: tiers follow spend; nothing is subscribed after commit. */
    private static de.stammkunde.domain.events.EventBus events(DSLContext dsl) {
        var bus = new de.stammkunde.domain.events.EventBus(
                de.stammkunde.persistence.outbox.OutboxPersistence.outbox(dsl), new NoPayloads(), Clock.systemUTC());
        bus.register(new de.stammkunde.domain.tier.TierSubscriptions(tierEvaluation(dsl, Clock.systemUTC())));
        return bus;
    }

    private static de.stammkunde.domain.ledger.Ledger ledger(DSLContext dsl) {
        return new de.stammkunde.domain.ledger.PublishingLedger(LedgerPersistence.ledger(dsl), e -> { });
    }

    private static final class NoPayloads implements de.stammkunde.domain.outbox.PayloadCodec {
        @Override
        public String encode(Object value) {
            throw new UnsupportedOperationException("nothing is subscribed after commit in this test");
        }

        @Override
        public <T> T decode(String json, Class<T> type) {
            throw new UnsupportedOperationException("nothing is subscribed after commit in this test");
        }
    }

    private static RedeemReward redeemReward(DSLContext dsl, Clock clock) {
        return new RedeemReward(RewardPersistence.rewards(dsl), CustomerPersistence.customers(dsl),
                ledger(dsl), RewardPersistence.vouchers(dsl), events(dsl), clock);
    }

    private static AdjustPoints adjustPoints(DSLContext dsl, Clock clock) {
        AuditLog audit = AuditPersistence.auditLog(dsl);
        return new AdjustPoints(CustomerPersistence.customers(dsl), ledger(dsl), audit, clock);
    }
}
