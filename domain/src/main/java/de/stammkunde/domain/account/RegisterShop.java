package de.stammkunde.domain.account;

import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.ShopRegistered;
import de.stammkunde.domain.shop.ShopRules;
import de.stammkunde.domain.shop.Shops;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.EmailAddress;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.PasswordPolicy;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.domain.staff.StaffRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;

/**
 * Use case: a shop owner signs up; creates the shop and the owner's account, records {@link ShopRegistered} (the
 * programme sets up its defaults in reaction) and mails the owner a link to confirm the address
 * ({@link VerifyShopEmail}: until then the shop mails nobody else and issues no API keys).
 */
public final class RegisterShop {
    public record Command(String shopName, String shopSlug, String currency, String timeZone, String ownerName,
                          String ownerEmail, String ownerPassword) {
    }

    public record Registered(Shop shop, StaffMember owner, VerifyShopEmail.Sent verification) {
    }

    private final Shops shops;
    private final StaffMembers staff;
    private final DomainEvents events;
    private final AuditLog auditLog;
    private final PasswordHasher passwords;
    private final VerifyShopEmail verification;
    private final Clock clock;

    public RegisterShop(Shops shops, StaffMembers staff, DomainEvents events, AuditLog auditLog,
                        PasswordHasher passwords, VerifyShopEmail verification, Clock clock) {
        this.shops = shops;
        this.staff = staff;
        this.events = events;
        this.auditLog = auditLog;
        this.passwords = passwords;
        this.verification = verification;
        this.clock = clock;
    }

    public Registered register(Command command) {
        ShopRules.checkSlug(command.shopSlug()).orThrow();
        ShopRules.checkCurrency(command.currency()).orThrow();
        ShopRules.checkTimeZone(command.timeZone()).orThrow();
        PasswordPolicy.check(command.ownerPassword(), command.shopName(), command.shopSlug(), command.ownerName(),
                command.ownerEmail()).orThrow();
        Shop shop = new Shop(ShopId.newId(), command.shopSlug(), command.shopName().strip(),
                Currency.getInstance(command.currency()), ZoneId.of(command.timeZone()));
        Actor signup = new Actor(Actor.Kind.SIGNUP, null);
        if (!shops.add(shop, signup)) {
            Decision.conflict("slug-taken", "shopSlug", "The shop address {0} is already taken", command.shopSlug())
                    .orThrow();
        }
        StaffMember owner = new StaffMember(shop.id(), StaffId.newId(), command.ownerName().strip(),
                EmailAddress.normalise(command.ownerEmail()), StaffRole.OWNER,
                passwords.hash(command.ownerPassword()), true);
        staff.add(owner, signup);
        Instant now = clock.instant();
        events.publish(new ShopRegistered(shop.id(), shop.slug(), signup, now));
        auditLog.record(new AuditEvent(shop.id(), Actor.staff(owner.id()), "shop.registered", "shop",
                shop.id().toString(), Map.of("slug", shop.slug(), "owner", owner.email()), now));
        return new Registered(shop, owner, verification.send(shop.id(), owner.id(), signup));
    }
}
