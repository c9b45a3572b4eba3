package de.stammkunde.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.ledger.PostingResult;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.persistence.PersistenceTestSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import static de.stammkunde.persistence.jooq.Tables.POINTS_LEDGER_ENTRY;

class ConcurrentPostingsNeverOverdrawABalance {
    private final DSLContext dsl = PersistenceTestSupport.dsl();

    @Test
    void fiftyConcurrentDebitsOfTenAgainstAHundredPointsLetExactlyTenThrough() throws Exception {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Customer customer = PersistenceTestSupport.newCustomer(dsl, shop);
        Ledger ledger = LedgerPersistence.ledger(dsl);
        ledger.post(entry(shop, customer, 100, "credit"), Actor.SYSTEM);

        int threads = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PostingResult>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                String key = "debit-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return dsl.transactionResult(tx -> LedgerPersistence.ledger(tx.dsl())
                            .post(entry(shop, customer, -10, key), Actor.SYSTEM));
                }));
            }
            start.countDown();
        }
        long posted = 0;
        long refused = 0;
        for (Future<PostingResult> result : results) {
            switch (result.get()) {
                case PostingResult.Posted p -> posted++;
                case PostingResult.InsufficientBalance i -> refused++;
                case PostingResult.AlreadyPosted a -> throw new AssertionError("keys were distinct");
            }
        }
        assertThat(posted).isEqualTo(10);
        assertThat(refused).isEqualTo(40);
        assertThat(ledger.balance(shop.id(), customer.id())).isEqualTo(new Balance(0, 0));
        Long sum = dsl.select(DSL.sum(POINTS_LEDGER_ENTRY.AVAILABLE_DELTA).cast(Long.class)).from(POINTS_LEDGER_ENTRY)
                .where(POINTS_LEDGER_ENTRY.SHOP_ID.eq(shop.id().value()),
                        POINTS_LEDGER_ENTRY.CUSTOMER_ID.eq(customer.id().value()))
                .fetchSingle().value1();
        assertThat(sum).as("sum of entries equals the balance").isZero();
    }

    @Test
    void postingTheSameIdempotencyKeyTwiceMovesPointsOnce() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Customer customer = PersistenceTestSupport.newCustomer(dsl, shop);
        Ledger ledger = LedgerPersistence.ledger(dsl);

        PostingResult first = ledger.post(entry(shop, customer, 25, "purchase:x:earn"), Actor.SYSTEM);
        PostingResult second = ledger.post(entry(shop, customer, 25, "purchase:x:earn"), Actor.SYSTEM);

        assertThat(first).isInstanceOf(PostingResult.Posted.class);
        assertThat(second).isEqualTo(new PostingResult.AlreadyPosted(new Balance(25, 0)));
        assertThat(ledger.balance(shop.id(), customer.id()).available()).isEqualTo(25);
        assertThat(ledger.history(shop.id(), customer.id(), 10)).hasSize(1);
    }

    private static LedgerEntry entry(Shop shop, Customer customer, long points, String key) {
        return new LedgerEntry(shop.id(), LedgerEntryId.newId(), customer.id(), LedgerEntryType.ADJUSTMENT, points, 0,
                0, null, "test", key, Instant.now(), java.util.List.of());
    }
}
