package de.stammkunde.api.purchase;

import de.stammkunde.api.config.HistoryClock;
import de.stammkunde.domain.purchase.Purchase;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.purchase.ReleasePendingPoints;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.demo.DemoSeed;
import de.stammkunde.api.demo.DemoShop;
import de.stammkunde.domain.purchase.PurchaseRecorder;
import de.stammkunde.domain.purchase.RecordPurchase;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shop.Shop;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo: each customer's purchases since they were acquired — regulars weekly, others now and then, some stopped
 * coming — as bakery baskets, often with a coffee line, sometimes a cake order. Planned in order (the same on every
 * start), recorded through the real use case (points, tiers, promotions as at the till), customers in parallel.
 */
@Component
@Profile("demo")
class PurchaseDemo implements DemoSeed {
    private static final Logger log = LoggerFactory.getLogger(PurchaseDemo.class);
    /** Customers seeded at the same time (the machine has few cores; the database does most of the work). */
    private static final int SEED_THREADS = 4;
    /** A coffee to go, the usual coffee line of a basket. */
    private static final BigDecimal COFFEE = new BigDecimal("3.20");

    private record Planned(DemoShop.Member member, List<RecordPurchase.Command> purchases) {
    }

    private final RecordPurchase recordPurchase;
    private final ReleasePendingPoints release;
    private final Purchases purchases;
    private final HistoryClock clock;
    private final Transactions tx;

    PurchaseDemo(RecordPurchase recordPurchase, ReleasePendingPoints release, Purchases purchases, HistoryClock clock,
                 Transactions tx) {
        this.recordPurchase = recordPurchase;
        this.release = release;
        this.purchases = purchases;
        this.clock = clock;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed(DemoShop demo) {
        List<Planned> plans = demo.members().stream()
                .map(m -> new Planned(m, history(demo.random(), demo.shop(), m, demo.now()))).toList();
        AtomicInteger done = new AtomicInteger();
        try (var workers = Executors.newFixedThreadPool(SEED_THREADS)) {
            List<Future<?>> results = new ArrayList<>();
            for (Planned plan : plans) {
                results.add(workers.submit(() -> {
                    // each purchase as of when it happened (tier changes follow it then), and the points released
                    // when the return window passed, not all today
                    tx.run(() -> {
                        plan.purchases().forEach(p -> clock.at(p.occurredAt(),
                                () -> recordPurchase.record(demo.shop().id(), p, demo.owner())));
                        purchases.ofCustomer(demo.shop().id(), plan.member().id(), Integer.MAX_VALUE).stream()
                                .filter(p -> p.pointsPending() > 0 && p.releaseAt() != null
                                        && !p.releaseAt().isAfter(demo.now()))
                                .sorted(java.util.Comparator.comparing(Purchase::releaseAt))
                                .forEach(p -> clock.at(p.releaseAt(), () -> release.release(p)));
                    });
                    int finished = done.incrementAndGet();
                    if (finished % 50 == 0) {
                        log.info("Demo data: purchases of {} of {} customers recorded", finished, plans.size());
                    }
                }));
            }
            for (var result : results) {
                result.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo seeding interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("demo seeding failed", e.getCause());
        }
        log.info("Demo data: {} purchases recorded", plans.stream().mapToInt(p -> p.purchases().size()).sum());
    }

    /** Regulars come weekly, occasional customers monthly or less; some stopped coming (churned). */
    private static List<RecordPurchase.Command> history(Random random, Shop shop, DemoShop.Member member,
                                                        Instant now) {
        boolean demoCustomer = member.demoCustomer();
        double visitsPerWeek = demoCustomer ? 1.0 : switch (random.nextInt(10)) {
            case 0, 1 -> 1.5;            // regulars
            case 2, 3, 4 -> 0.5;         // every other week
            default -> 0.12;             // now and then
        };
        LocalDate acquiredOn = member.acquiredOn();
        LocalDate end = LocalDate.ofInstant(now, shop.timeZone());
        if (!demoCustomer && random.nextInt(4) == 0) {
            end = acquiredOn.plusDays(random.nextInt(Math.max(1, (int) (end.toEpochDay() - acquiredOn.toEpochDay()))));
        }
        List<RecordPurchase.Command> result = new ArrayList<>();
        for (LocalDate day = acquiredOn; !day.isAfter(end); day = day.plusDays(1)) {
            if (random.nextDouble() < visitsPerWeek / 7.0) {
                ZonedDateTime at = ZonedDateTime.of(day, LocalTime.of(6 + random.nextInt(12), random.nextInt(60)),
                        shop.timeZone());
                if (at.toInstant().isAfter(now)) {
                    break;
                }
                // A bakery basket: mostly 3–15 EUR, often with a coffee, sometimes a cake order.
                boolean cakeOrder = random.nextInt(12) == 0;
                double euros = cakeOrder ? 18 + random.nextDouble() * 45 : 2.5 + random.nextDouble() * 12;
                BigDecimal amount = BigDecimal.valueOf(euros).setScale(2, RoundingMode.HALF_UP);
                List<PurchaseLine> lines = cakeOrder ? List.of(new PurchaseLine("Torten", amount))
                        : random.nextInt(3) == 0 ? List.of(new PurchaseLine("Kaffee", COFFEE.min(amount)))
                        : List.of();
                // Two years of history, entered as the owner would when moving the shop onto Stammkunde.
                result.add(new RecordPurchase.Command(member.id(), new Money(amount, shop.currency()),
                        "Bon " + (1000 + random.nextInt(9000)), at.toInstant(), lines, PurchaseRecorder.OWNER));
            }
        }
        return result;
    }
}
