package de.stammkunde.api.customer;

import de.stammkunde.api.config.HistoryClock;
import java.time.Instant;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.demo.DemoSeed;
import de.stammkunde.api.demo.DemoShop;
import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.CreateCustomer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.PasswordHasher;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo: the shop's customers, acquired over two years through a neighbourhood bakery's channels, most with an
 * e-mail address; the first one is Erika Mustermann, whose portal login is printed. Enrolled in order, so numbers
 * and names are the same on every start.
 */
@Component
@Profile("demo")
class CustomerDemo implements DemoSeed {
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

    private final CreateCustomer createCustomer;
    private final Customers customers;
    private final PasswordHasher passwords;
    private final Transactions tx;
    private final HistoryClock clock;
    private final int count;

    CustomerDemo(CreateCustomer createCustomer, Customers customers, PasswordHasher passwords, Transactions tx,
                 HistoryClock clock, @Value("${stammkunde.demo.customers:300}") int count) {
        this.clock = clock;
        this.createCustomer = createCustomer;
        this.customers = customers;
        this.passwords = passwords;
        this.tx = tx;
        this.count = count;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed(DemoShop demo) {
        Random random = demo.random();
        for (int i = 0; i < count; i++) {
            boolean demoCustomer = i == 0;
            String first = demoCustomer ? "Erika" : demo.pick(FIRST_NAMES);
            String last = demoCustomer ? "Mustermann" : demo.pick(LAST_NAMES);
            String email = demoCustomer ? DemoShop.CUSTOMER_EMAIL
                    : random.nextInt(10) < 7 ? emailOf(first, last, i) : null;
            AcquisitionChannel channel = demoCustomer ? AcquisitionChannel.IN_STORE : demo.pick(CHANNEL_MIX);
            LocalDate acquiredOn = demo.today().minusDays(demoCustomer ? 700 : random.nextInt(730));
            // enrolled on the day they were acquired (the welcome bonus too), during opening hours
            // (from the index, not the shared random: the rest of the demo stays as it was)
            Instant enrolledAt = acquiredOn.atTime(7 + i % 11, (i * 17) % 60)
                    .atZone(demo.shop().timeZone()).toInstant();
            var created = clock.at(enrolledAt.isBefore(demo.now()) ? enrolledAt : demo.now(), () -> tx.write(() -> {
                var c = createCustomer.create(demo.shop().id(), new CreateCustomer.Command(first, last, email, null,
                        channel, acquiredOn), demo.owner());
                if (demoCustomer) {
                    customers.setPasswordHash(demo.shop().id(), c.customer().id(),
                            passwords.hash(DemoShop.PASSWORD));
                }
                return c.customer();
            }));
            demo.enrolled(new DemoShop.Member(created.id(), acquiredOn, demoCustomer));
        }
    }

    private static String emailOf(String first, String last, int i) {
        String local = (first + "." + last).toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("ş", "s").replace("ı", "i").replace("ç", "c");
        return local + i + "@example.de";
    }
}
