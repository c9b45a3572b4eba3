package de.stammkunde.api.security;

import de.stammkunde.api.shop.ShopDto;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.problem.ApiProblem;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.EmailAddress;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks e-mail and password of staff and customers of one shop. Unknown shop, unknown e-mail and wrong password
 * all give the same answer, after the same amount of hashing work.
 */
@Component
public class Authenticator {
    public static final String STAFF = "staff";
    public static final String CUSTOMER = "customer";
    private static final Logger log = LoggerFactory.getLogger(Authenticator.class);

    private final Shops shops;
    private final StaffMembers staff;
    private final Customers customers;
    private final PasswordHasher passwords;
    private final LoginRateLimiter rateLimiter;
    private final Transactions tx;
    private final String dummyHash;

    public Authenticator(Shops shops, StaffMembers staff, Customers customers, PasswordHasher passwords,
                         LoginRateLimiter rateLimiter, Transactions tx) {
        this.shops = shops;
        this.staff = staff;
        this.customers = customers;
        this.passwords = passwords;
        this.rateLimiter = rateLimiter;
        this.tx = tx;
        this.dummyHash = passwords.hash("not-a-real-password-" + System.nanoTime());
    }

    public StammkundeUser staff(String shopSlug, String email, String password, String clientAddress) {
        rateLimiter.countAttempt(STAFF, shopSlug, email, clientAddress);
        String normalised = EmailAddress.normalise(email);
        Optional<StaffMember> member = tx.read(() -> Optional.of(shops.bySlug(shopSlug)
                .flatMap(shop -> staff.byEmail(shop.id(), normalised))
                .filter(StaffMember::active))).orElseThrow();
        if (!passwords.matches(password, member.map(StaffMember::passwordHash).orElse(dummyHash))
                || member.isEmpty()) {
            rateLimiter.failed(clientAddress);
            throw badCredentials();
        }
        rateLimiter.succeeded(STAFF, shopSlug, email);
        StaffMember m = member.get();
        upgradeHash(m.passwordHash(), password,
                upgraded -> staff.replacePasswordHash(m.shopId(), m.id(), m.passwordHash(), upgraded));
        return new StammkundeUser(m.id().value(), m.shopId().value(), Role.valueOf(m.role().name()), m.email(),
                m.name());
    }

    public StammkundeUser customer(String shopSlug, String email, String password, String clientAddress) {
        rateLimiter.countAttempt(CUSTOMER, shopSlug, email, clientAddress);
        String normalised = EmailAddress.normalise(email);
        record Found(Customer customer, String hash) {
        }
        Optional<Found> found = tx.read(() -> Optional.of(shops.bySlug(shopSlug)
                .flatMap(shop -> customers.byEmail(shop.id(), normalised))
                .flatMap(c -> customers.passwordHash(c.shopId(), c.id()).map(h -> new Found(c, h))))).orElseThrow();
        if (!passwords.matches(password, found.map(Found::hash).orElse(dummyHash)) || found.isEmpty()) {
            rateLimiter.failed(clientAddress);
            throw badCredentials();
        }
        rateLimiter.succeeded(CUSTOMER, shopSlug, email);
        Customer c = found.get().customer();
        String hash = found.get().hash();
        upgradeHash(hash, password, upgraded -> customers.replacePasswordHash(c.shopId(), c.id(), hash, upgraded));
        return customerUser(c);
    }

    public static StammkundeUser customerUser(Customer c) {
        return new StammkundeUser(c.id().value(), c.shopId().value(), Role.CUSTOMER,
                c.email() == null ? "" : c.email(), c.firstName() + " " + c.lastName());
    }

    /** What the browser learns about the user's session: who, which shop, whether the shop is verified. */
    public SessionDto session(StammkundeUser user) {
        return tx.read(() -> SessionDto.of(user, ShopDto.of(shops.byId(user.shop()).orElseThrow()),
                shops.verified(user.shop())));
    }

    /**
     * After a successful login, a hash made the old way (bcrypt, or Argon2 with weaker parameters) is replaced by a
     * new Argon2id hash of the same password — only if nobody changed the password meanwhile. Best effort: the
     * login stands even if this fails, and the next login tries again.
     */
    private void upgradeHash(String hash, String password, Predicate<String> replace) {
        if (!passwords.needsRehash(hash)) {
            return;
        }
        try {
            String upgraded = passwords.hash(password);
            tx.run(() -> replace.test(upgraded));
        } catch (RuntimeException e) {
            log.warn("Could not upgrade a password hash after login; the next login tries again", e);
        }
    }

    private static ApiProblem badCredentials() {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "bad-credentials", null);
    }
}
