package de.stammkunde.persistence.idempotency;

import static de.stammkunde.persistence.jooq.Tables.IDEMPOTENCY_RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.idempotency.ForgetIdempotencyRecords;
import de.stammkunde.domain.idempotency.IdempotencyRecords.Claim;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.persistence.PersistenceTestSupport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** Claims of one caller's key, keys of other shops and callers, and forgetting old records. */
class ConcurrentClaimsOfOneKeyReplayTheFirstOutcome {
    private final DSLContext dsl = PersistenceTestSupport.dsl();

    @Test
    void aSecondClaimWaitsForTheFirstTransactionAndThenReplaysItsResponse() throws Exception {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<Claim> first = CompletableFuture.supplyAsync(() -> dsl.transactionResult(tx -> {
            var records = IdempotencyPersistence.idempotencyRecords(tx.dsl());
            Claim claim = records.claim(shop.id(), Actor.SYSTEM, "key-1", "f".repeat(64));
            firstClaimed.countDown();
            releaseFirst.await(10, TimeUnit.SECONDS);
            records.complete(shop.id(), Actor.SYSTEM, "key-1", 201, "{\"ok\":true}");
            return claim;
        }));
        firstClaimed.await(10, TimeUnit.SECONDS);
        CompletableFuture<Claim> second = CompletableFuture.supplyAsync(() -> dsl.transactionResult(tx ->
                IdempotencyPersistence.idempotencyRecords(tx.dsl())
                        .claim(shop.id(), Actor.SYSTEM, "key-1", "f".repeat(64))));
        Thread.sleep(200);
        assertThat(second).as("waits while the first transaction is open").isNotDone();
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(Claim.Claimed.class);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(new Claim.Replay(201, "{\"ok\":true}"));
    }

    @Test
    void theSameKeyWithAnotherRequestIsAMismatch() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        var records = IdempotencyPersistence.idempotencyRecords(dsl);
        records.claim(shop.id(), Actor.SYSTEM, "key-2", "a".repeat(64));
        records.complete(shop.id(), Actor.SYSTEM, "key-2", 201, "{}");

        assertThat(records.claim(shop.id(), Actor.SYSTEM, "key-2", "b".repeat(64)))
                .isInstanceOf(Claim.Mismatch.class);
    }

    @Test
    void keysOfAnotherShopAreIndependent() {
        Shop shopA = PersistenceTestSupport.newShop(dsl);
        Shop shopB = PersistenceTestSupport.newShop(dsl);
        var records = IdempotencyPersistence.idempotencyRecords(dsl);
        records.claim(shopA.id(), Actor.SYSTEM, "shared-key", "a".repeat(64));
        records.complete(shopA.id(), Actor.SYSTEM, "shared-key", 201, "{}");

        assertThat(records.claim(shopB.id(), Actor.SYSTEM, "shared-key", "b".repeat(64)))
                .isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void keysOfAnotherCallerOfTheSameShopAreIndependent() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Actor tillA = Actor.apiKey(UUID.randomUUID());
        Actor tillB = Actor.apiKey(UUID.randomUUID());
        var records = IdempotencyPersistence.idempotencyRecords(dsl);
        records.claim(shop.id(), tillA, "receipt-1", "a".repeat(64));
        records.complete(shop.id(), tillA, "receipt-1", 201, "{\"till\":\"A\"}");

        assertThat(records.claim(shop.id(), tillB, "receipt-1", "b".repeat(64))).isInstanceOf(Claim.Claimed.class);
        records.complete(shop.id(), tillB, "receipt-1", 201, "{\"till\":\"B\"}");
        assertThat(records.claim(shop.id(), tillA, "receipt-1", "a".repeat(64)))
                .isEqualTo(new Claim.Replay(201, "{\"till\":\"A\"}"));
    }

    @Test
    void recordsOlderThanTheRetentionAreForgottenInChunksTheYoungerStay() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        var records = IdempotencyPersistence.idempotencyRecords(dsl);
        for (String key : new String[] {"old-1", "old-2", "young"}) {
            records.claim(shop.id(), Actor.SYSTEM, key, "a".repeat(64));
            records.complete(shop.id(), Actor.SYSTEM, key, 201, "{}");
        }
        Instant now = Instant.now();
        age(shop, "old-1", now.minus(Duration.ofHours(73)));
        age(shop, "old-2", now.minus(Duration.ofHours(100)));
        age(shop, "young", now.minus(Duration.ofHours(71)));
        var forget = new ForgetIdempotencyRecords(records,
                Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(72));

        assertThat(forget.forget(1)).as("one chunk of one").isEqualTo(1);
        int more;
        do {
            more = forget.forget(1);
        } while (more == 1);

        assertThat(keysOf(shop)).containsExactly("young");
    }

    private void age(Shop shop, String key, Instant createdAt) {
        dsl.update(IDEMPOTENCY_RECORD)
                .set(IDEMPOTENCY_RECORD.CREATED_AT,
                        createdAt.atOffset(ZoneOffset.UTC))
                .where(IDEMPOTENCY_RECORD.SHOP_ID.eq(shop.id().value()),
                        IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY.eq(key))
                .execute();
    }

    private List<String> keysOf(Shop shop) {
        return dsl.select(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY)
                .from(IDEMPOTENCY_RECORD)
                .where(IDEMPOTENCY_RECORD.SHOP_ID.eq(shop.id().value()))
                .fetch(IDEMPOTENCY_RECORD.IDEMPOTENCY_KEY);
    }
}
