package de.stammkunde.api.demo;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.account.RegisterShop;
import de.stammkunde.domain.account.VerifyShopEmail;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.ShopQueries;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.domain.staff.StaffRole;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: one believable small German shop — a bakery with a café — with an owner and an agent,
 * and then every feature's {@link DemoSeed} (programme, tiers, rewards, customers, their purchases …) through the
 * same use cases the API uses, so the ledger is consistent. Runs once; later starts only print the logins.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {
    static final String SLUG = "baeckerei-sonnenschein";
    static final String OWNER_EMAIL = "inhaberin@baeckerei-sonnenschein.de";
    static final String AGENT_EMAIL = "service@baeckerei-sonnenschein.de";
    private static final String PASSWORD = DemoShop.PASSWORD;
    private static final String CUSTOMER_EMAIL = DemoShop.CUSTOMER_EMAIL;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RegisterShop registerShop;
    private final VerifyShopEmail verification;
    private final ShopQueries shops;
    private final StaffMembers staff;
    private final PasswordHasher passwords;
    private final List<DemoSeed> seeds;
    private final Transactions tx;
    private final Clock clock;
    private final StammkundeProperties properties;

    DemoData(RegisterShop registerShop, VerifyShopEmail verification, ShopQueries shops, StaffMembers staff, PasswordHasher passwords,
             List<DemoSeed> seeds, Transactions tx, Clock clock, StammkundeProperties properties) {
        this.registerShop = registerShop;
        this.verification = verification;
        this.shops = shops;
        this.staff = staff;
        this.passwords = passwords;
        this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
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
        DemoShop demo = tx.write(() -> {
            var registered = registerShop.register(new RegisterShop.Command("Bäckerei Sonnenschein", SLUG, "EUR",
                    "Europe/Berlin", "Sabine Sonnenschein", OWNER_EMAIL, PASSWORD));
            Shop shop = registered.shop();
            verification.confirmWithoutLink(shop.id(), Actor.SYSTEM); // the demo owner's address is made up
            Actor owner = Actor.staff(registered.owner().id());
            staff.add(new StaffMember(shop.id(), StaffId.newId(), "Jonas Becker", AGENT_EMAIL, StaffRole.AGENT,
                    passwords.hash(PASSWORD), true), owner);
            return new DemoShop(shop, owner, clock.instant(), new Random(20261123L));
        });
        for (DemoSeed seed : seeds) {
            seed.seed(demo);
        }
        log.info("Demo shop seeded: {} customers in {} s", demo.members().size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
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
