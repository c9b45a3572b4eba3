package de.stammkunde.persistence.ledger;

import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.expiry.ExpirePoints;
import de.stammkunde.domain.expiry.ExpiryRule;
import de.stammkunde.domain.ledger.AdjustPoints;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerCheck;
import de.stammkunde.domain.programme.EarningRule;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.programme.Promotion;
import de.stammkunde.domain.purchase.Purchase;
import de.stammkunde.domain.purchase.PurchaseRecorder;
import de.stammkunde.domain.purchase.RecordPurchase;
import de.stammkunde.domain.purchase.ReleasePendingPoints;
import de.stammkunde.domain.purchase.ReturnPurchase;
import de.stammkunde.domain.reward.RedeemReward;
import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.RewardKind;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.tier.TierEvaluation;
import de.stammkunde.persistence.PersistenceTestSupport;
import de.stammkunde.persistence.audit.AuditPersistence;
import de.stammkunde.persistence.customer.CustomerPersistence;
import de.stammkunde.persistence.expiry.ExpiryPersistence;
import de.stammkunde.persistence.programme.ProgrammePersistence;
import de.stammkunde.persistence.purchase.PurchasePersistence;
import de.stammkunde.persistence.reward.RewardPersistence;
import de.stammkunde.persistence.shop.ShopPersistence;
import de.stammkunde.persistence.tier.TierPersistence;
import de.stammkunde.testsupport.TestInfrastructure;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Random sequences of earn / release / return / redeem / adjust / expire, each in its own transaction through the
 * real use cases and the real PostgreSQL, against an in-memory model that computes everything itself from the
 * programme's rules: 1.5 points per EUR rounded down, +20 from 100 EUR while the promotion runs, points pending for
 * a 14-day return window, returns taking back floor(earned × returned so far / amount) minus what was taken back
 * before (from the purchase's pending points first, then available, the rest owed), owed points paid off by the next
 * available points, and expiry one month after a credit, spent oldest first. After every step the database's
 * balance, the purchases and the use cases' answers equal the model's, and the ledger check finds every balance
 * equal to the sum of its entries. The statistics show how often points expired (and must show that they did).
 */
class LedgerMatchesAnInMemoryModel {
    private static final AtomicLong SEQUENCES = new AtomicLong();
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong EXPIRED = new AtomicLong();
    private static final AtomicLong SEQUENCES_WITH_EXPIRY = new AtomicLong();
    private static final AtomicLong EXPIRIES_CUT_BY_EARLIER_SPENDING = new AtomicLong();
    private static final long[] REWARD_COSTS = {7, 30, 95};
    /** One connection for the whole (single-threaded) run: opening one per statement would cost most of the time. */
    private static Connection connection;
    private final DSLContext dsl = oneConnection();

    sealed interface Step {
        /**
         * A purchase, recorded now or {@code daysAgo} days late: 20 days ago its points are available at once (the
         * return window is over) and expire in about ten days; 45 days ago they are available and already due to
         * expire under the one-month rule.
         */
        record Earn(long cents, int daysAgo) implements Step {
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
        Arbitrary<Step> earn = Combinators.combine(Arbitraries.longs().between(1, 20_000),
                Arbitraries.of(0, 20, 45, 45)).as(Step.Earn::new);
        Arbitrary<Step> redeem = Arbitraries.integers().between(0, REWARD_COSTS.length - 1).map(Step.Redeem::new);
        Arbitrary<Step> adjust = Arbitraries.longs().between(-150, 150).filter(p -> p != 0).map(Step.Adjust::new);
        Arbitrary<Step> release = Arbitraries.just(new Step.Release());
        Arbitrary<Step> returns = Combinators.combine(Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(1, 100)).as(Step.Return::new);
        return Arbitraries.frequencyOf(
                Tuple.of(5, earn), Tuple.of(3, redeem), Tuple.of(2, adjust), Tuple.of(2, release), Tuple.of(3, returns),
                Tuple.of(3, Arbitraries.just(new Step.Expire())))
                .list().ofMinSize(1).ofMaxSize(30).withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 300)
    void theLedgerAgreesWithTheModelAfterEveryStep(@ForAll("sequences") List<Step> steps) {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Customer customer = PersistenceTestSupport.newCustomer(dsl, shop);
        Clock clock = Clock.systemUTC();
        ProgrammePersistence.programmes(dsl).saveEarningRule(shop.id(), new EarningRule(new BigDecimal("1.5")),
                Actor.SYSTEM);
        ProgrammePersistence.programmes(dsl).saveReturnWindowDays(shop.id(), Model.RETURN_WINDOW_DAYS, Actor.SYSTEM);
        ExpiryPersistence.rules(dsl).save(shop.id(),
                new ExpiryRule(ExpiryRule.Mode.AFTER_EARNING, Model.EXPIRY_MONTHS), Actor.SYSTEM);
        Instant promotionStart = Instant.now().minusSeconds(3600);
        Instant promotionEnd = Instant.now().plusSeconds(86_400);
        ProgrammePersistence.promotions(dsl).save(new Promotion(shop.id(), UUID.randomUUID(), "Big basket",
                Promotion.Kind.FIXED_BONUS, null, Model.BIG_BASKET_BONUS, new BigDecimal("100"), promotionStart,
                promotionEnd, true, null), Actor.SYSTEM);
        List<Reward> rewards = new ArrayList<>();
        for (long cost : REWARD_COSTS) {
            Reward reward = new Reward(shop.id(), UUID.randomUUID(), "R" + cost, null, cost, RewardKind.FREE_ITEM,
                    null, null, "Item", 30, true);
            RewardPersistence.rewards(dsl).save(reward, Actor.SYSTEM);
            rewards.add(reward);
        }
        Model model = new Model(promotionStart, promotionEnd);

        List<PurchaseId> purchaseIds = new ArrayList<>(); // in the order of the model's purchases
        long expiredInSequence = 0;

        for (Step step : steps) {
            STEPS.incrementAndGet();
            switch (step) {
                case Step.Earn earn -> {
                    Instant now = Instant.now();
                    Instant at = now.minus(Duration.ofDays(earn.daysAgo())).truncatedTo(ChronoUnit.MICROS);
                    var recorded = dsl.transactionResult(tx -> recordPurchase(tx.dsl(), clock).record(shop.id(),
                            new RecordPurchase.Command(customer.id(), new Money(BigDecimal.valueOf(earn.cents(), 2),
                                    shop.currency()), null, earn.daysAgo() == 0 ? null : at, List.of(),
                                    PurchaseRecorder.OWNER), Actor.SYSTEM));
                    purchaseIds.add(recorded.purchase().id());
                    long expected = model.earn(earn.cents(), at, now);
                    assertThat(recorded.purchase().pointsEarned()).as("points for %s", earn).isEqualTo(expected);
                }
                case Step.Expire expire -> {
                    Instant now = Instant.now();
                    long expired = dsl.transactionResult(tx -> expirePoints(tx.dsl(), clock)
                            .run(shop.id(), customer.id()));
                    long expected = model.expire(now);
                    assertThat(expired).as("points expired, oldest first").isEqualTo(expected);
                    expiredInSequence += expired;
                }
                case Step.Release release -> {
                    Instant releaseAt = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MICROS);
                    dsl.update(PURCHASE).set(PURCHASE.RELEASE_AT, releaseAt.atOffset(ZoneOffset.UTC))
                            .where(PURCHASE.SHOP_ID.eq(shop.id().value()), PURCHASE.POINTS_PENDING.gt(0L))
                            .execute();
                    var releaser = new ReleasePendingPoints(PurchasePersistence.purchases(dsl), ledger(dsl), clock);
                    for (var due : releaser.due(100)) {
                        dsl.transaction(tx -> new ReleasePendingPoints(PurchasePersistence.purchases(tx.dsl()),
                                ledger(tx.dsl()), clock).release(due));
                    }
                    assertThat(releaser.due(10)).as("nothing left to release").isEmpty();
                    model.release(releaseAt);
                }
                case Step.Return ret -> {
                    if (model.purchases.isEmpty()) {
                        continue;
                    }
                    int index = ret.purchase() % model.purchases.size();
                    long cents = model.returnableCents(index, ret.percent());
                    if (cents == 0) {
                        continue;
                    }
                    var returned = dsl.transactionResult(tx -> new ReturnPurchase(
                            PurchasePersistence.purchases(tx.dsl()), ledger(tx.dsl()), events(tx.dsl(), clock),
                            clock)
                            .returnGoods(shop.id(), customer.id(), purchaseIds.get(index),
                                    new Money(BigDecimal.valueOf(cents, 2), shop.currency()), Actor.SYSTEM));
                    Model.Returned expected = model.returnGoods(index, cents);
                    assertThat(returned.purchaseReturn().pointsReversed()).as("points taken back by %s", ret)
                            .isEqualTo(expected.reversed());
                    assertThat(returned.owedAdded()).as("owed by %s", ret).isEqualTo(expected.owed());
                }
                case Step.Redeem redeem -> {
                    Reward reward = rewards.get(redeem.reward());
                    boolean succeeded = attempt(() -> dsl.transaction(tx -> redeemReward(tx.dsl(), clock)
                            .redeem(shop.id(), customer.id(), reward.id(), Actor.SYSTEM)));
                    long before = model.available;
                    assertThat(succeeded).as("redeem %d with %d available", reward.pointsCost(), before)
                            .isEqualTo(model.redeem(reward.pointsCost()));
                }
                case Step.Adjust adjust -> {
                    Instant now = Instant.now();
                    boolean succeeded = attempt(() -> dsl.transaction(tx -> adjustPoints(tx.dsl(), clock)
                            .adjust(shop.id(), customer.id(), adjust.points(), "model test", Actor.SYSTEM)));
                    long before = model.available;
                    assertThat(succeeded).as("adjust %d with %d available", adjust.points(), before)
                            .isEqualTo(model.adjust(adjust.points(), now));
                }
            }
            Ledger ledger = LedgerPersistence.ledger(dsl);
            Balance balance = ledger.balance(shop.id(), customer.id());
            assertThat(balance).as("the balance after %s (steps %s)", step, steps)
                    .isEqualTo(new Balance(model.available, model.pending, model.owed));
            if (step instanceof Step.Earn || step instanceof Step.Return || step instanceof Step.Release) {
                Map<PurchaseId, Purchase> stored = PurchasePersistence.purchases(dsl)
                        .ofCustomer(shop.id(), customer.id(), 1000).stream()
                        .collect(Collectors.toMap(Purchase::id, Function.identity()));
                for (int i = 0; i < purchaseIds.size(); i++) {
                    Purchase p = stored.get(purchaseIds.get(i));
                    Model.Bought m = model.purchases.get(i);
                    assertThat(List.of(p.pointsEarned(), p.pointsPending(), p.pointsReversed(),
                            p.amountReturned().movePointRight(2).longValueExact()))
                            .as("purchase %d (earned, pending, reversed, cents returned) after %s", i, step)
                            .containsExactly(m.earned, m.pending, m.reversed, m.returnedCents);
                }
            }
            assertThat(new LedgerCheck(ledger, ShopPersistence.shops(dsl), AuditPersistence.auditLog(dsl), clock)
                    .check(shop.id()).differences()).isEmpty();
        }
        Statistics.label("points expired in the sequence").collect(expiredInSequence > 0);
        Statistics.label("points expired in the sequence").coverage(coverage ->
                coverage.check(true).percentage(p -> p >= 15));
        SEQUENCES.incrementAndGet();
        EXPIRED.addAndGet(expiredInSequence);
        if (expiredInSequence > 0) {
            SEQUENCES_WITH_EXPIRY.incrementAndGet();
        }
        EXPIRIES_CUT_BY_EARLIER_SPENDING.addAndGet(model.expiriesCutBySpending);
    }

    @AfterContainer
    static void report() {
        System.out.printf("Ledger model property: %d sequences, %d steps, %d points expired in %d sequences, "
                        + "%d expiries smaller because older points had been spent first%n", SEQUENCES.get(),
                STEPS.get(), EXPIRED.get(), SEQUENCES_WITH_EXPIRY.get(), EXPIRIES_CUT_BY_EARLIER_SPENDING.get());
        assertThat(SEQUENCES_WITH_EXPIRY.get()).as("the sequences must make points expire").isPositive();
        assertThat(EXPIRIES_CUT_BY_EARLIER_SPENDING.get())
                .as("the sequences must spend expiring points before they expire (oldest first)").isPositive();
    }

    /**
     * What the rules say, computed here and nowhere else: the balance, each purchase's points, and the credits with
     * the instant they count from (for expiry, oldest first).
     */
    static final class Model {
        static final int RETURN_WINDOW_DAYS = 14;
        static final int EXPIRY_MONTHS = 1;
        static final long BIG_BASKET_BONUS = 20;
        static final long BIG_BASKET_CENTS = 10_000;

        final Instant promotionStart;
        final Instant promotionEnd;
        long available;
        long pending;
        long owed;
        /** Everything that ever went out of "available": it used up the oldest credits. */
        long spent;
        final List<Credit> credits = new ArrayList<>();
        final List<Bought> purchases = new ArrayList<>();
        long expiriesCutBySpending;

        record Credit(Instant at, long points) {
        }

        static final class Bought {
            final long cents;
            final long earned;
            long pending;
            long returnedCents;
            long reversed;

            Bought(long cents, long earned, long pending) {
                this.cents = cents;
                this.earned = earned;
                this.pending = pending;
            }
        }

        record Returned(long reversed, long owed) {
        }

        Model(Instant promotionStart, Instant promotionEnd) {
            this.promotionStart = promotionStart;
            this.promotionEnd = promotionEnd;
        }

        /** 1.5 points per EUR, rounded down; +20 from 100 EUR during the promotion. Returns the points. */
        long earn(long cents, Instant at, Instant now) {
            long points = cents * 3 / 200;
            if (cents >= BIG_BASKET_CENTS && !at.isBefore(promotionStart) && at.isBefore(promotionEnd)) {
                points += BIG_BASKET_BONUS;
            }
            boolean waits = points > 0 && at.plus(Duration.ofDays(RETURN_WINDOW_DAYS)).isAfter(now);
            purchases.add(new Bought(cents, points, waits ? points : 0));
            if (waits) {
                pending += points;
            } else if (points > 0) {
                credit(at, points);
            }
            return points;
        }

        /** Every purchase's pending points become available at {@code at}. */
        void release(Instant at) {
            for (Bought p : purchases) {
                if (p.pending > 0) {
                    pending -= p.pending;
                    credit(at, p.pending);
                    p.pending = 0;
                }
            }
        }

        /** {@code percent} of what is left of purchase {@code index}, in cents, rounded down. */
        long returnableCents(int index, int percent) {
            Bought p = purchases.get(index);
            return (p.cents - p.returnedCents) * percent / 100;
        }

        /** Takes back floor(earned × returned / amount) on the running total: pending first, then available. */
        Returned returnGoods(int index, long cents) {
            Bought p = purchases.get(index);
            p.returnedCents += cents;
            long reversedTotal = Math.floorDiv(p.earned * p.returnedCents, p.cents);
            long reverse = reversedTotal - p.reversed;
            p.reversed = reversedTotal;
            long fromPending = Math.min(reverse, Math.min(p.pending, pending));
            p.pending -= fromPending;
            pending -= fromPending;
            long fromAvailable = Math.min(reverse - fromPending, available);
            debit(fromAvailable);
            long owes = reverse - fromPending - fromAvailable;
            owed += owes;
            return new Returned(reverse, owes);
        }

        boolean redeem(long cost) {
            if (available < cost) {
                return false;
            }
            debit(cost);
            return true;
        }

        boolean adjust(long points, Instant now) {
            if (points > 0) {
                credit(now, points);
                return true;
            }
            if (available < -points) {
                return false;
            }
            debit(-points);
            return true;
        }

        /**
         * What is left of each credit expires a month after it: the points spent so far used up the oldest credits
         * first. Returns the points expired.
         */
        long expire(Instant now) {
            long used = spent;
            long due = 0;
            long dueBeforeSpending = 0;
            for (Credit credit : credits.stream().sorted(Comparator.comparing(Credit::at)).toList()) {
                long left = credit.points() - Math.min(used, credit.points());
                used -= credit.points() - left;
                if (!credit.at().atZone(ZoneOffset.UTC).plusMonths(EXPIRY_MONTHS).toInstant().isAfter(now)) {
                    due += left;
                    dueBeforeSpending += credit.points();
                }
            }
            long expired = Math.min(due, available);
            if (expired > 0 && expired < dueBeforeSpending) {
                expiriesCutBySpending++;
            }
            debit(expired);
            return expired;
        }

        /** New available points pay off what is owed first. */
        private void credit(Instant at, long points) {
            credits.add(new Credit(at, points));
            available += points;
            long payOff = Math.min(owed, available);
            debit(payOff);
            owed -= payOff;
        }

        private void debit(long points) {
            available -= points;
            spent += points;
        }
    }

    private static synchronized DSLContext oneConnection() {
        PersistenceTestSupport.dsl(); // the migrated database of this run
        try {
            if (connection == null) {
                connection = TestInfrastructure.get().connect();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return DSL.using(connection, SQLDialect.POSTGRES);
    }

    @AfterContainer
    static synchronized void closeTheConnection() throws SQLException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
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
                tierEvaluation(dsl, clock), ledger(dsl), events(dsl, clock),
                PurchasePersistence.statistics(dsl, clock), clock);
    }

    private static ExpirePoints expirePoints(DSLContext dsl, Clock clock) {
        return new ExpirePoints(ShopPersistence.shops(dsl), ExpiryPersistence.rules(dsl),
                PurchasePersistence.purchases(dsl), ledger(dsl), ExpiryPersistence.notices(dsl), events(dsl, clock),
                clock);
    }

    private static TierEvaluation tierEvaluation(DSLContext dsl, Clock clock) {
        return new TierEvaluation(TierPersistence.tiers(dsl), e -> { }, clock);
    }

    private static RedeemReward redeemReward(DSLContext dsl, Clock clock) {
        return new RedeemReward(RewardPersistence.rewards(dsl), CustomerPersistence.customers(dsl),
                ledger(dsl), RewardPersistence.vouchers(dsl), events(dsl, clock), clock);
    }

    private static AdjustPoints adjustPoints(DSLContext dsl, Clock clock) {
        AuditLog audit = AuditPersistence.auditLog(dsl);
        return new AdjustPoints(CustomerPersistence.customers(dsl), ledger(dsl), audit, clock);
    }

    /** The application's event bus on this transaction: tiers follow spend; nothing is subscribed after commit. */
    private static de.stammkunde.domain.events.EventBus events(DSLContext dsl, Clock clock) {
        var bus = new de.stammkunde.domain.events.EventBus(
                de.stammkunde.persistence.outbox.OutboxPersistence.outbox(dsl), new NoPayloads(), clock);
        bus.register(new de.stammkunde.domain.tier.TierSubscriptions(tierEvaluation(dsl, clock)));
        return bus;
    }

    /** The ledger as use cases get it (postings recorded as facts; nothing listens to them here). */
    private static Ledger ledger(DSLContext dsl) {
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
}
