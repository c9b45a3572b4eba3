package de.stammkunde.api.demo;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shop.Shop;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The demo shop being seeded, handed from one feature's {@link DemoSeed} to the next: the shop, its owner, the
 * moment of seeding, one random source (so every start plans the same data) and the customers enrolled so far.
 */
public final class DemoShop {
    /** The password of every demo login. */
    public static final String PASSWORD = "Brezel-Butter-Kaffee";
    /** The customer whose portal login is printed. */
    public static final String CUSTOMER_EMAIL = "erika.mustermann@example.de";

    /** A seeded customer; {@code demoCustomer}: the one whose portal login is printed. */
    public record Member(CustomerId id, LocalDate acquiredOn, boolean demoCustomer) {
    }

    private final Shop shop;
    private final Actor owner;
    private final Instant now;
    private final Random random;
    private final List<Member> members = Collections.synchronizedList(new ArrayList<>());

    DemoShop(Shop shop, Actor owner, Instant now, Random random) {
        this.shop = shop;
        this.owner = owner;
        this.now = now;
        this.random = random;
    }

    public Shop shop() {
        return shop;
    }

    public Actor owner() {
        return owner;
    }

    public Instant now() {
        return now;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, shop.timeZone());
    }

    public Random random() {
        return random;
    }

    public void enrolled(Member member) {
        members.add(member);
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
