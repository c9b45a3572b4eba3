package de.stammkunde.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.idempotency.IdempotencyRecords.Claim;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.persistence.PersistenceTestSupport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class ConcurrentClaimsOfOneKeyReplayTheFirstOutcome {
    private final DSLContext dsl = PersistenceTestSupport.dsl();

    @Test
    void aSecondClaimWaitsForTheFirstTransactionAndThenReplaysItsResponse() throws Exception {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<Claim> first = CompletableFuture.supplyAsync(() -> dsl.transactionResult(tx -> {
            var records = IdempotencyPersistence.idempotencyRecords(tx.dsl());
            Claim claim = records.claim(shop.id(), "key-1", "f".repeat(64), Actor.SYSTEM);
            firstClaimed.countDown();
            releaseFirst.await(10, TimeUnit.SECONDS);
            records.complete(shop.id(), "key-1", 201, "{\"ok\":true}");
            return claim;
        }));
        firstClaimed.await(10, TimeUnit.SECONDS);
        CompletableFuture<Claim> second = CompletableFuture.supplyAsync(() -> dsl.transactionResult(tx ->
                IdempotencyPersistence.idempotencyRecords(tx.dsl())
                        .claim(shop.id(), "key-1", "f".repeat(64), Actor.SYSTEM)));
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
        records.claim(shop.id(), "key-2", "a".repeat(64), Actor.SYSTEM);
        records.complete(shop.id(), "key-2", 201, "{}");

        assertThat(records.claim(shop.id(), "key-2", "b".repeat(64), Actor.SYSTEM)).isInstanceOf(Claim.Mismatch.class);
    }

    @Test
    void keysOfAnotherShopAreIndependent() {
        Shop shopA = PersistenceTestSupport.newShop(dsl);
        Shop shopB = PersistenceTestSupport.newShop(dsl);
        var records = IdempotencyPersistence.idempotencyRecords(dsl);
        records.claim(shopA.id(), "shared-key", "a".repeat(64), Actor.SYSTEM);
        records.complete(shopA.id(), "shared-key", 201, "{}");

        assertThat(records.claim(shopB.id(), "shared-key", "b".repeat(64), Actor.SYSTEM))
                .isInstanceOf(Claim.Claimed.class);
    }
}
