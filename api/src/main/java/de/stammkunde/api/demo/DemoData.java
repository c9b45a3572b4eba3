package de.stammkunde.api.demo;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.CreateCustomer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.expiry.ExpiryRule;
import de.stammkunde.domain.programme.ChangeEarningRule;
import de.stammkunde.domain.programme.ChangeReturnWindow;
import de.stammkunde.domain.programme.ManagePromotions;
import de.stammkunde.domain.programme.Promotion;
import de.stammkunde.domain.tier.ManageTiers;
import de.stammkunde.domain.purchase.RecordPurchase;
import de.stammkunde.domain.reward.ManageRewards;
import de.stammkunde.domain.reward.RedeemReward;
import de.stammkunde.domain.reward.RewardKind;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shop.RegisterShop;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.domain.staff.StaffRole;
import de.stammkunde.domain.shared.StaffId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: seeds one believable small German shop — a bakery with a café — with an owner, an
 * agent, 300 customers from several channels and two years of purchases, through the same use cases the API
 * uses (so the ledger is consistent). Runs once; later starts only print the logins.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {
    static final String SLUG = "baeckerei-sonnenschein";
    static final String OWNER_EMAIL = "inhaberin@baeckerei-sonnenschein.de";
    static final String AGENT_EMAIL = "service@baeckerei-sonnenschein.de";
    static final String CUSTOMER_EMAIL = "erika.mustermann@example.de";
    static final String PASSWORD = "Sonnenschein2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** Customers seeded at the same time (the machine has few cores; the database does most of the work). */
    private static final int SEED_THREADS = 4;
    /** A coffee to go, the usual coffee line of a basket. */
    private static final BigDecimal COFFEE = new BigDecimal("3.20");

    private static final String[] FIRST_NAMES = {"Anna", "Lena", "Marie", "Sophie", "Laura", "Julia", "Hannah",
        "Lea", "Sarah", "Katharina", "Ursula", "Monika", "Petra", "Sabine", "Gisela", "Ingrid", "Lukas", "Jonas",
        "Leon", "Felix", "Maximilian", "Paul", "Tim", "Jan", "Thomas", "Michael", "Andreas", "Stefan", "Klaus",
        "Jürgen", "Wolfgang", "Dieter", "Mehmet", "Ayşe", "Fatma", "Emre", "Zeynep", "Piotr", "Agnieszka", "Luca"};
    private static final String[] LAST_NAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
        "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
        "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
        "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Yılmaz", "Kaya", "Nowak", "Kowalski", "Rossi"};
    /** Channel mix of a neighbourhood bakery: mostly walk-ins, some referrals and social media. */
    private static final AcquisitionChannel[] CHANNEL_MIX = {
        AcquisitionChannel.IN_STORE, AcquisitionChannel.IN_STORE, AcquisitionChannel.IN_STORE,
        AcquisitionChannel.IN_STORE, AcquisitionChannel.IN_STORE, AcquisitionChannel.REFERRAL,
        AcquisitionChannel.REFERRAL, AcquisitionChannel.SOCIAL_MEDIA, AcquisitionChannel.SOCIAL_MEDIA,
        AcquisitionChannel.WEBSITE, AcquisitionChannel.ADVERTISING, AcquisitionChannel.EVENT,
        AcquisitionChannel.PARTNER};

    private final RegisterShop registerShop;
    private final CreateCustomer createCustomer;
    private final RecordPurchase recordPurchase;
    private final Shops shops;
    private final StaffMembers staff;
    private final Customers customers;
    private final PasswordHasher passwords;
    private final Transactions tx;
    private final Clock clock;
    private final StammkundeProperties properties;
    private final int customerCount;
    private final ChangeReturnWindow changeReturnWindow;
    private final ManageRewards manageRewards;
    private final RedeemReward redeemReward;
    private final ManageTiers manageTiers;
    private final ManagePromotions managePromotions;
    private final ChangeEarningRule changeEarningRule;

    DemoData(RegisterShop registerShop, CreateCustomer createCustomer, RecordPurchase recordPurchase, Shops shops,
             StaffMembers staff, Customers customers, PasswordHasher passwords, Transactions tx, Clock clock,
             StammkundeProperties properties,
             @Value("${stammkunde.demo.customers:300}") int customerCount, ChangeReturnWindow changeReturnWindow,
             ManageRewards manageRewards, RedeemReward redeemReward, ManageTiers manageTiers,
             ManagePromotions managePromotions, ChangeEarningRule changeEarningRule) {
        this.registerShop = registerShop;
        this.createCustomer = createCustomer;
        this.recordPurchase = recordPurchase;
        this.shops = shops;
        this.staff = staff;
        this.customers = customers;
        this.passwords = passwords;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
        this.customerCount = customerCount;
        this.changeReturnWindow = changeReturnWindow;
        this.manageRewards = manageRewards;
        this.redeemReward = redeemReward;
        this.manageTiers = manageTiers;
        this.managePromotions = managePromotions;
        this.changeEarningRule = changeEarningRule;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tx.read(() -> shops.bySlug(SLUG).isPresent())) {
            log.info("Demo shop {} exists already; not seeding again.", SLUG);
        } else {
            seed();
        }
        printLogins();
    }

    private void seed() {
        long started = System.nanoTime();
        Shop shop = tx.write(() -> {
            var registered = registerShop.register(new RegisterShop.Command("Bäckerei Sonnenschein", SLUG, "EUR",
                    "Europe/Berlin", "Sabine Sonnenschein", OWNER_EMAIL, PASSWORD));
            staff.add(new StaffMember(registered.shop().id(), StaffId.newId(), "Jonas Becker", AGENT_EMAIL,
                    StaffRole.AGENT, passwords.hash(PASSWORD), true), Actor.staff(registered.owner().id()));
            return registered.shop();
        });
        Actor owner = tx.read(() -> Actor.staff(staff.byEmail(shop.id(), OWNER_EMAIL).orElseThrow().id()));
        // 14 days to bring things back: recent purchases show pending points, older ones are available.
        List<UUID> rewards = tx.write(() -> {
            changeReturnWindow.change(shop.id(), 14, owner);
            manageTiers.create(shop.id(), "Silber", new BigDecimal("150"), new BigDecimal("1.25"), owner);
            manageTiers.create(shop.id(), "Gold", new BigDecimal("400"), new BigDecimal("1.5"), owner);
            changeEarningRule.changeBonuses(shop.id(), 50L, 100L, 50L, owner);
            changeEarningRule.changeExpiry(shop.id(), ExpiryRule.Mode.AFTER_EARNING, 24, owner);
            // Periods from local midnights (not + 48 h): a weekend with a clock change still ends at midnight.
            LocalDate saturday = LocalDate.ofInstant(clock.instant(), shop.timeZone())
                    .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY));
            managePromotions.create(shop.id(), new ManagePromotions.Command("Doppelte Punkte am Wochenende",
                    Promotion.Kind.MULTIPLIER, new BigDecimal("2"), null, null,
                    saturday.atStartOfDay(shop.timeZone()).toInstant(),
                    saturday.plusDays(2).atStartOfDay(shop.timeZone()).toInstant(), true, null), owner);
            // Started 30 days ago, runs two more weeks: recent purchases show it in their breakdown.
            LocalDate campaignFirstDay = LocalDate.ofInstant(clock.instant(), shop.timeZone()).minusDays(30);
            Instant campaignStart = campaignFirstDay.atStartOfDay(shop.timeZone()).toInstant();
            Instant campaignEnd = campaignFirstDay.plusDays(44).atStartOfDay(shop.timeZone()).toInstant();
            managePromotions.create(shop.id(), new ManagePromotions.Command("Kaffee-Wochen: dreifache Punkte auf Kaffee",
                    Promotion.Kind.MULTIPLIER, new BigDecimal("3"), null, null, campaignStart,
                    campaignEnd, true, "Kaffee"), owner);
            managePromotions.create(shop.id(), new ManagePromotions.Command("Tortenbonus ab 30 €",
                    Promotion.Kind.FIXED_BONUS, null, 30L, new BigDecimal("30"), campaignStart,
                    campaignEnd, true, "Torten"), owner);
            return List.of(
                    reward(shop, owner, "Kaffee gratis", "Ein Kaffee nach Wahl", 50, RewardKind.FREE_ITEM, null,
                            null, "Ein Kaffee"),
                    reward(shop, owner, "Stück Kuchen", "Ein Stück Kuchen aus der Theke", 120, RewardKind.FREE_ITEM,
                            null, null, "Ein Stück Kuchen"),
                    reward(shop, owner, "5 € Gutschein", "5 € Rabatt auf den nächsten Einkauf", 250,
                            RewardKind.AMOUNT_OFF, new Money(new BigDecimal("5.00"), shop.currency()), null, null),
                    reward(shop, owner, "10 % auf Torten", "10 % Rabatt auf eine Tortenbestellung", 400,
                            RewardKind.PERCENT_OFF, null, new BigDecimal("10"), null));
        });
        Random random = new Random(20261123L);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, shop.timeZone());
        // First, in order (customer numbers and the random plan stay the same on every start): the customers.
        record Planned(CustomerId customerId, boolean demoCustomer, List<PlannedPurchase> history) {
        }
        List<Planned> plans = new ArrayList<>();
        for (int i = 0; i < customerCount; i++) {
            boolean demoCustomer = i == 0;
            String first = demoCustomer ? "Erika" : pick(random, FIRST_NAMES);
            String last = demoCustomer ? "Mustermann" : pick(random, LAST_NAMES);
            String email = demoCustomer ? CUSTOMER_EMAIL
                    : random.nextInt(10) < 7 ? emailOf(first, last, i) : null;
            AcquisitionChannel channel = demoCustomer ? AcquisitionChannel.IN_STORE : pick(random, CHANNEL_MIX);
            LocalDate acquiredOn = today.minusDays(demoCustomer ? 700 : random.nextInt(730));
            List<PlannedPurchase> history = purchaseHistory(random, shop, acquiredOn, now, demoCustomer);
            CustomerId customerId = tx.write(() -> {
                var created = createCustomer.create(shop.id(), new CreateCustomer.Command(first, last, email,
                        null, channel, acquiredOn), owner);
                if (demoCustomer) {
                    customers.setPasswordHash(shop.id(), created.customer().id(), passwords.hash(PASSWORD));
                }
                return created.customer().id();
            });
            plans.add(new Planned(customerId, demoCustomer, history));
        }
        // Then their purchases, customers in parallel (each customer's in order, in one transaction): the real
        // use case per purchase, so points, tiers and promotions come out as they would at the till.
        int total = plans.stream().mapToInt(p -> p.history().size()).sum();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        try (var workers = java.util.concurrent.Executors.newFixedThreadPool(SEED_THREADS)) {
            List<java.util.concurrent.Future<?>> results = new ArrayList<>();
            for (Planned plan : plans) {
                results.add(workers.submit(() -> {
                    tx.run(() -> {
                        for (PlannedPurchase purchase : plan.history()) {
                            recordPurchase.record(shop.id(), new RecordPurchase.Command(plan.customerId(),
                                    purchase.amount(), purchase.reference(), purchase.occurredAt(),
                                    purchase.lines()), owner);
                        }
                        if (plan.demoCustomer()) {
                            redeemReward.redeem(shop.id(), plan.customerId(), rewards.getFirst(),
                                    Actor.customer(plan.customerId()));
                        }
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
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("demo seeding failed", e.getCause());
        }
        int purchases = total;
        log.info("Demo shop seeded: {} customers, {} purchases in {} s", customerCount, purchases,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /** Regulars come weekly, occasional customers monthly or less; some stopped coming (churned). */
    private static List<PlannedPurchase> purchaseHistory(Random random, Shop shop, LocalDate acquiredOn,
                                                                Instant now, boolean demoCustomer) {
        double visitsPerWeek = demoCustomer ? 1.0 : switch (random.nextInt(10)) {
            case 0, 1 -> 1.5;            // regulars
            case 2, 3, 4 -> 0.5;         // every other week
            default -> 0.12;             // now and then
        };
        LocalDate end = LocalDate.ofInstant(now, shop.timeZone());
        if (!demoCustomer && random.nextInt(4) == 0) {
            end = acquiredOn.plusDays(random.nextInt(Math.max(1, (int) (end.toEpochDay() - acquiredOn.toEpochDay()))));
        }
        List<PlannedPurchase> result = new ArrayList<>();
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
                result.add(new PlannedPurchase(new Money(amount, shop.currency()),
                        "Bon " + (1000 + random.nextInt(9000)), at.toInstant(), lines));
            }
        }
        return result;
    }

    private UUID reward(Shop shop, Actor owner, String name, String description, long cost, RewardKind kind,
                        @Nullable Money amount, @Nullable BigDecimal percent, @Nullable String item) {
        return manageRewards.create(shop.id(), new ManageRewards.Command(name, description, cost, kind, amount,
                percent, item, 90, true), owner).id();
    }

    private record PlannedPurchase(Money amount, String reference, Instant occurredAt, List<PurchaseLine> lines) {
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String emailOf(String first, String last, int i) {
        String local = (first + "." + last).toLowerCase(java.util.Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("ş", "s").replace("ı", "i").replace("ç", "c");
        return local + i + "@example.de";
    }

    private void printLogins() {
        String url = properties.publicUrl();
        log.info("""

                ============================================================================
                 Stammkunde demo is running: {}
                   Shop:      Bäckerei Sonnenschein (shop address: {})
                   Owner:     {}  /  {}      → {}/login?shop={}
                   Agent:     {}  /  {}      → {}/login?shop={}
                   Customer:  {}  /  {}      → {}/portal/login?shop={}
                   API docs:  {}/swagger-ui.html      Health: {}/actuator/health
                ============================================================================
                """, url, SLUG, OWNER_EMAIL, PASSWORD, url, SLUG, AGENT_EMAIL, PASSWORD, url, SLUG,
                CUSTOMER_EMAIL, PASSWORD, url, SLUG, url, url);
    }
}
