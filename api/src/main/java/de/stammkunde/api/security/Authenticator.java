package de.stammkunde.api.security;

import de.stammkunde.api.shop.ShopDto;
import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.problem.ApiProblem;
import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.CheckSecondFactor;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.EmailAddress;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import java.util.Map;
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
    private final SecurityLog securityLog;
    private final Transactions tx;
    private final CheckSecondFactor secondFactor;
    private final StammkundeProperties properties;
    private final String dummyHash;

    /**
     * The outcome of a correct password: the user, and whether a code from their authenticator app must follow
     * before the session starts.
     */
    public record Login(StammkundeUser user, boolean secondFactorNeeded) {
    }

    public Authenticator(Shops shops, StaffMembers staff, Customers customers, PasswordHasher passwords,
                         LoginRateLimiter rateLimiter, SecurityLog securityLog, Transactions tx,
                         CheckSecondFactor secondFactor, StammkundeProperties properties) {
        this.secondFactor = secondFactor;
        this.properties = properties;
        this.shops = shops;
        this.staff = staff;
        this.customers = customers;
        this.passwords = passwords;
        this.rateLimiter = rateLimiter;
        this.securityLog = securityLog;
        this.tx = tx;
        this.dummyHash = passwords.hash("not-a-real-password-" + System.nanoTime());
    }

    public Login staff(String shopSlug, String email, String password, String clientAddress) {
        String normalised = EmailAddress.normalise(email);
        Optional<Shop> shop = tx.read(() -> Optional.of(shops.bySlug(shopSlug))).orElseThrow();
        limited(STAFF, shopSlug, email, clientAddress, shop, normalised);
        Optional<StaffMember> member = tx.read(() -> Optional.of(shop
                .flatMap(s -> staff.byEmail(s.id(), normalised)))).orElseThrow();
        Optional<StaffMember> active = member.filter(StaffMember::active);
        if (!passwords.matches(password, active.map(StaffMember::passwordHash).orElse(dummyHash))
                || active.isEmpty()) {
            rateLimiter.failed(STAFF, shopSlug, email, clientAddress);
            String reason = shop.isEmpty() ? "unknown-shop" : member.isEmpty() ? "unknown-account"
                    : active.isEmpty() ? "deactivated" : "wrong-password";
            failed(STAFF, shopSlug, shop, member.map(m -> Actor.staff(m.id())).orElse(Actor.ANONYMOUS), normalised,
                    reason);
            throw badCredentials();
        }
        rateLimiter.succeeded(STAFF, shopSlug, email, clientAddress);
        StaffMember m = active.get();
        upgradeHash(m.passwordHash(), password,
                upgraded -> staff.replacePasswordHash(m.shopId(), m.id(), m.passwordHash(), upgraded));
        boolean needsCode = tx.read(() -> secondFactor.enabled(m.shopId(), AccountKind.STAFF, m.id().value()));
        securityLog.record(needsCode ? "login.password-accepted" : "login.succeeded", m.shopId(), Actor.staff(m.id()),
                "staff", m.id().toString(), Map.of("realm", STAFF, "email", m.email()));
        return new Login(staffUser(m), needsCode);
    }

    public static StammkundeUser staffUser(StaffMember m) {
        return new StammkundeUser(m.id().value(), m.shopId().value(), Role.valueOf(m.role().name()), m.email(),
                m.name());
    }

    /** The user as the database knows them now (an active staff member, or a customer), for a login's second step. */
    public Optional<StammkundeUser> current(AccountKind kind, ShopId shopId, java.util.UUID id) {
        return tx.read(() -> Optional.of(kind == AccountKind.STAFF
                ? staff.byId(shopId, new StaffId(id)).filter(StaffMember::active).map(Authenticator::staffUser)
                : customers.byId(shopId, new CustomerId(id)).map(Authenticator::customerUser))).orElseThrow();
    }

    public Login customer(String shopSlug, String email, String password, String clientAddress) {
        String normalised = EmailAddress.normalise(email);
        Optional<Shop> shop = tx.read(() -> Optional.of(shops.bySlug(shopSlug))).orElseThrow();
        limited(CUSTOMER, shopSlug, email, clientAddress, shop, normalised);
        record Found(Customer customer, Optional<String> hash) {
        }
        Optional<Found> found = tx.read(() -> Optional.of(shop
                .flatMap(s -> customers.byEmail(s.id(), normalised))
                .map(c -> new Found(c, customers.passwordHash(c.shopId(), c.id()))))).orElseThrow();
        Optional<String> hash = found.flatMap(Found::hash);
        if (!passwords.matches(password, hash.orElse(dummyHash)) || hash.isEmpty()) {
            rateLimiter.failed(CUSTOMER, shopSlug, email, clientAddress);
            String reason = shop.isEmpty() ? "unknown-shop" : found.isEmpty() ? "unknown-account"
                    : hash.isEmpty() ? "portal-not-activated" : "wrong-password";
            failed(CUSTOMER, shopSlug, shop, found.map(f -> Actor.customer(f.customer().id())).orElse(Actor.ANONYMOUS),
                    normalised, reason);
            throw badCredentials();
        }
        rateLimiter.succeeded(CUSTOMER, shopSlug, email, clientAddress);
        Customer c = found.get().customer();
        String current = hash.get();
        upgradeHash(current, password, upgraded -> customers.replacePasswordHash(c.shopId(), c.id(), current,
                upgraded));
        boolean needsCode = tx.read(() -> secondFactor.enabled(c.shopId(), AccountKind.CUSTOMER, c.id().value()));
        securityLog.record(needsCode ? "login.password-accepted" : "login.succeeded", c.shopId(),
                Actor.customer(c.id()), "customer", c.id().toString(), Map.of("realm", CUSTOMER, "email", normalised));
        return new Login(customerUser(c), needsCode);
    }

    /** Counts the attempt; a refused one (429) is a security event of the shop tried. */
    private void limited(String realm, String shopSlug, String email, String clientAddress, Optional<Shop> shop,
                         String normalised) {
        try {
            rateLimiter.countAttempt(realm, shopSlug, email, clientAddress);
        } catch (ApiProblem tooMany) {
            securityLog.record("login.limited", shop.map(Shop::id).orElse(null), Actor.ANONYMOUS, realm, null,
                    Map.of("realm", realm, "email", normalised, "shop", shopSlug));
            throw tooMany;
        }
    }

    /** A failed login, for the owner and the operator (the caller still gets the one answer for every cause). */
    private void failed(String realm, String shopSlug, Optional<Shop> shop, Actor who, String normalised,
                        String reason) {
        securityLog.record("login.failed", shop.map(Shop::id).orElse(null), who, realm,
                who.id() == null ? null : who.id().toString(),
                Map.of("realm", realm, "email", normalised, "reason", reason, "shop", shopSlug));
    }

    public static StammkundeUser customerUser(Customer c) {
        return new StammkundeUser(c.id().value(), c.shopId().value(), Role.CUSTOMER,
                c.email() == null ? "" : c.email(), c.firstName() + " " + c.lastName());
    }

    /** What the browser learns about the user's session: who, which shop, whether the shop is verified. */
    public SessionDto session(StammkundeUser user) {
        return tx.read(() -> {
            boolean secondFactorOn = secondFactor.enabled(user.shop(), SecondFactorLogin.kind(user), user.id());
            return SessionDto.of(user, ShopDto.of(shops.byId(user.shop()).orElseThrow()),
                    shops.verified(user.shop()), secondFactorOn,
                    !secondFactorOn && user.role() == Role.OWNER && properties.twoFactor().requiredForOwners());
        });
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
