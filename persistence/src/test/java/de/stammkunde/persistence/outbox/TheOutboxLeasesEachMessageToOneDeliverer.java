package de.stammkunde.persistence.outbox;

import static de.stammkunde.persistence.jooq.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.outbox.Lease;
import de.stammkunde.domain.outbox.Outbox;
import de.stammkunde.domain.outbox.OutboxMessage;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.persistence.PersistenceTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TheOutboxLeasesEachMessageToOneDeliverer {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private final DSLContext dsl = PersistenceTestSupport.dsl();
    private final Outbox outbox = OutboxPersistence.outbox(dsl);

    @BeforeEach
    void nothingElseIsDue() {
        dsl.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.STATUS, "FAILED").set(OUTBOX_MESSAGE.LEASE_TOKEN, (UUID) null)
                .where(OUTBOX_MESSAGE.STATUS.in("PENDING", "SENDING")).execute();
    }

    private static OutboxMessage message(Shop shop, String topic, String key) {
        return new OutboxMessage(shop.id(), UUID.randomUUID(), topic, "PurchaseRecorded", key,
                "{\"note\": \"Bäckerei „Sonnenschein“ ☕\", \"points\": 12}");
    }

    @Test
    void theSameFactIsQueuedOncePerShopAndTopicAndComesBackAsItWasQueued() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Shop other = PersistenceTestSupport.newShop(dsl);
        OutboxMessage first = message(shop, "mail", "points-expiring:x:2026-12-20");

        assertThat(outbox.add(first, T0, Actor.SYSTEM)).isTrue();
        assertThat(outbox.add(message(shop, "mail", first.dedupeKey()), T0, Actor.SYSTEM)).isFalse();
        assertThat(outbox.add(message(shop, "event:other", first.dedupeKey()), T0, Actor.SYSTEM)).isTrue();
        assertThat(outbox.add(message(other, "mail", first.dedupeKey()), T0.plusSeconds(1), Actor.SYSTEM)).isTrue();

        assertThat(outbox.counts(shop.id(), "mail")).isEqualTo(new Outbox.Counts(1, 0, 0, 0));
        assertThat(outbox.claimNext(T0.minusSeconds(1), LEASE)).as("not due before it was queued").isEmpty();
        Lease lease = outbox.claimNext(T0, LEASE).orElseThrow();
        assertThat(lease.message().id()).isIn(first.id(), findByKey(shop, "event:other"));
        Lease second = outbox.claimNext(T0, LEASE).orElseThrow();
        Lease claimedFirst = lease.message().id().equals(first.id()) ? lease : second;
        assertThat(claimedFirst.message()).isEqualTo(first);
        assertThat(claimedFirst.attempt()).isEqualTo(1);
        assertThat(claimedFirst.until()).isEqualTo(T0.plus(LEASE));
    }

    private UUID findByKey(Shop shop, String topic) {
        return dsl.select(OUTBOX_MESSAGE.MESSAGE_ID).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.SHOP_ID.eq(shop.id().value()), OUTBOX_MESSAGE.TOPIC.eq(topic))
                .fetchOne(OUTBOX_MESSAGE.MESSAGE_ID);
    }

    @Test
    void aClaimedMessageIsDueAgainOnlyWhenItsLeaseRanOutAndTheOldLeaseCanNoLongerSettleIt() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutboxMessage message = message(shop, "mail", "lease");
        outbox.add(message, T0, Actor.SYSTEM);

        Lease first = outbox.claimNext(T0, LEASE).orElseThrow();
        assertThat(outbox.claimNext(T0.plus(LEASE).minusSeconds(1), LEASE)).as("held by the first").isEmpty();
        assertThat(outbox.counts(shop.id(), "mail")).as("being delivered counts as waiting")
                .isEqualTo(new Outbox.Counts(1, 0, 0, 0));

        // The first deliverer died (or hangs): its lease runs out and the message is claimed again.
        Lease second = outbox.claimNext(T0.plus(LEASE), LEASE).orElseThrow();
        assertThat(second.message()).isEqualTo(message);
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.token()).isNotEqualTo(first.token());

        assertThat(outbox.done(first, T0.plus(LEASE))).as("a lost lease settles nothing").isFalse();
        assertThat(outbox.retryAt(first, T0.plus(LEASE), "late")).isFalse();
        assertThat(outbox.giveUp(first, "late")).isFalse();
        assertThat(outbox.done(second, T0.plus(LEASE).plusSeconds(1))).isTrue();
        assertThat(outbox.done(second, T0.plus(LEASE).plusSeconds(2))).as("settled once").isFalse();
        assertThat(outbox.claimNext(T0.plus(Duration.ofDays(1)), LEASE)).isEmpty();
        var row = dsl.selectFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.MESSAGE_ID.eq(message.id())).fetchOne();
        assertThat(row.getStatus()).isEqualTo("DONE");
        assertThat(row.getAttempts()).isEqualTo(2);
        assertThat(row.getDoneAt().toInstant()).isEqualTo(T0.plus(LEASE).plusSeconds(1));
        assertThat(row.getLeaseToken()).isNull();
    }

    @Test
    void aMessageToRetryIsNotDueBeforeItsTimeAndTheOwnerSeesWhatFails() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutboxMessage waiting = message(shop, "mail", "waiting");
        OutboxMessage failed = message(shop, "mail", "failed");
        OutboxMessage fine = message(shop, "mail", "fine");
        outbox.add(waiting, T0, Actor.SYSTEM);
        outbox.add(failed, T0.plusSeconds(1), Actor.SYSTEM);
        outbox.add(fine, T0.plusSeconds(2), Actor.SYSTEM);
        Instant now = T0.plusSeconds(3);

        assertThat(outbox.retryAt(outbox.claimNext(now, LEASE).orElseThrow(), T0.plusSeconds(120),
                "Connection refused")).isTrue();
        assertThat(outbox.giveUp(outbox.claimNext(now, LEASE).orElseThrow(), "550 no such user")).isTrue();
        assertThat(outbox.done(outbox.claimNext(now, LEASE).orElseThrow(), now)).isTrue();
        assertThat(outbox.claimNext(T0.plusSeconds(119), LEASE)).isEmpty();

        assertThat(outbox.troubles(shop.id(), "mail", 10)).containsExactly(
                new Outbox.Trouble(failed, true, 1, "550 no such user", T0.plusSeconds(1), null),
                new Outbox.Trouble(waiting, false, 1, "Connection refused", T0, T0.plusSeconds(120)));
        assertThat(outbox.troubles(shop.id(), "event:x", 10)).isEmpty();
        assertThat(outbox.troubles(PersistenceTestSupport.newShop(dsl).id(), "mail", 10)).isEmpty();
        assertThat(outbox.counts(shop.id(), "mail")).isEqualTo(new Outbox.Counts(1, 1, 1, 0));

        Lease again = outbox.claimNext(T0.plusSeconds(120), LEASE).orElseThrow();
        assertThat(again.message()).isEqualTo(waiting);
        assertThat(again.attempt()).isEqualTo(2);
        outbox.done(again, T0.plusSeconds(121));
        assertThat(outbox.troubles(shop.id(), "mail", 10)).as("delivered in the end: no trouble")
                .extracting(t -> t.message().id()).containsExactly(failed.id());
    }

    @Test
    void aSecondDelivererSkipsTheMessageTheFirstIsClaimingAndTakesTheNext() throws Exception {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutboxMessage a = message(shop, "mail", "a");
        OutboxMessage b = message(shop, "mail", "b");
        outbox.add(a, T0, Actor.SYSTEM);
        outbox.add(b, T0.plusSeconds(1), Actor.SYSTEM);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<Optional<Lease>> first = CompletableFuture.supplyAsync(() ->
                dsl.transactionResult(tx -> {
                    Optional<Lease> claimed = OutboxPersistence.outbox(tx.dsl()).claimNext(T0.plusSeconds(5), LEASE);
                    firstClaimed.countDown();
                    releaseFirst.await(10, TimeUnit.SECONDS);
                    return claimed;
                }));
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
        Optional<Lease> second = dsl.transactionResult(tx -> {
            // Without SKIP LOCKED this claim would wait for the first claimer and fail on the lock timeout.
            tx.dsl().execute("SET LOCAL lock_timeout = '2s'");
            return OutboxPersistence.outbox(tx.dsl()).claimNext(T0.plusSeconds(5), LEASE);
        });
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).map(l -> l.message().id()).contains(a.id());
        assertThat(second).map(l -> l.message().id()).contains(b.id());
        assertThat(outbox.claimNext(T0.plusSeconds(6), LEASE)).isEmpty();
    }

    @Test
    void aHeldMessageIsKeptButNotDeliveredUntilItsShopsTopicIsReleased() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutboxMessage held = message(shop, "mail", "held");
        OutboxMessage event = message(shop, "event:other", "not-held");
        assertThat(outbox.addHeld(held, T0, Actor.SYSTEM)).isTrue();
        assertThat(outbox.addHeld(message(shop, "mail", "held"), T0, Actor.SYSTEM)).as("deduplicated too").isFalse();
        outbox.add(event, T0, Actor.SYSTEM);
        assertThat(outbox.counts(shop.id(), "mail")).isEqualTo(new Outbox.Counts(0, 0, 0, 1));

        Lease onlyTheEvent = outbox.claimNext(T0.plus(Duration.ofDays(30)), LEASE).orElseThrow();
        assertThat(onlyTheEvent.message().id()).isEqualTo(event.id());
        assertThat(outbox.claimNext(T0.plus(Duration.ofDays(30)), LEASE)).as("held, however late").isEmpty();

        assertThat(outbox.release(shop.id(), "event:other", T0)).as("other topics hold nothing").isZero();
        Instant released = T0.plus(Duration.ofDays(2));
        assertThat(outbox.release(shop.id(), "mail", released)).isEqualTo(1);
        assertThat(outbox.release(shop.id(), "mail", released)).as("once").isZero();
        assertThat(outbox.counts(shop.id(), "mail")).isEqualTo(new Outbox.Counts(1, 0, 0, 0));
        assertThat(outbox.claimNext(released.minusSeconds(1), LEASE)).as("due from its release").isEmpty();
        Lease lease = outbox.claimNext(released, LEASE).orElseThrow();
        assertThat(lease.message()).isEqualTo(held);
        assertThat(lease.attempt()).isEqualTo(1);
    }

    @Test
    void givenUpMessagesCanBeQueuedAgainWithFreshAttempts() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutboxMessage message = message(shop, "mail", "again");
        outbox.add(message, T0, Actor.SYSTEM);
        outbox.giveUp(outbox.claimNext(T0, LEASE).orElseThrow(), "Relaying denied");
        assertThat(outbox.claimNext(T0.plusSeconds(3600), LEASE)).isEmpty();

        assertThat(outbox.retryGivenUp(PersistenceTestSupport.newShop(dsl).id(), "mail", T0)).as("another shop's")
                .isZero();
        assertThat(outbox.retryGivenUp(shop.id(), "event:x", T0)).as("another topic's").isZero();
        assertThat(outbox.retryGivenUp(shop.id(), "mail", T0.plusSeconds(60))).isEqualTo(1);

        Lease lease = outbox.claimNext(T0.plusSeconds(60), LEASE).orElseThrow();
        assertThat(lease.message()).isEqualTo(message);
        assertThat(lease.attempt()).isEqualTo(1);
    }

    @Test
    void deliveredMessagesAreForgottenAfterTheirTimeInBoundedBatches() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutboxMessage old1 = message(shop, "mail", "old1");
        OutboxMessage old2 = message(shop, "mail", "old2");
        OutboxMessage recent = message(shop, "mail", "recent");
        OutboxMessage failed = message(shop, "mail", "failed-long-ago");
        for (OutboxMessage m : List.of(old1, old2, recent, failed)) {
            outbox.add(m, T0, Actor.SYSTEM);
        }
        outbox.done(outbox.claimNext(T0, LEASE).orElseThrow(), T0);
        outbox.done(outbox.claimNext(T0, LEASE).orElseThrow(), T0.plusSeconds(1));
        outbox.done(outbox.claimNext(T0, LEASE).orElseThrow(), T0.plus(Duration.ofDays(100)));
        outbox.giveUp(outbox.claimNext(T0, LEASE).orElseThrow(), "gone");
        Instant cutoff = T0.plus(Duration.ofDays(90));
        long elsewhere = dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.SHOP_ID.ne(shop.id().value())
                .and(OUTBOX_MESSAGE.DONE_AT.lt(cutoff.atOffset(java.time.ZoneOffset.UTC))));

        int first = outbox.deleteDoneBefore(cutoff, 1);
        int rest = outbox.deleteDoneBefore(cutoff, 1000);

        assertThat(first).isEqualTo(1);
        assertThat(first + rest).isEqualTo(2 + elsewhere);
        assertThat(dsl.select(OUTBOX_MESSAGE.DEDUPE_KEY).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.SHOP_ID.eq(shop.id().value())).fetch(OUTBOX_MESSAGE.DEDUPE_KEY))
                .containsExactlyInAnyOrder("recent", "failed-long-ago");
    }
}
