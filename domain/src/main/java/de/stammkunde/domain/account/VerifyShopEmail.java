package de.stammkunde.domain.account;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.mail.LinkMails;
import de.stammkunde.domain.mail.MailQueue;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.SecretTokens;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: a new shop's owner confirms the address the shop signed up with. Until then the shop mails nobody else
 * (its mail is held, see {@link MailQueue}) and issues no API keys — so nobody can sign up shops to send mail from
 * the platform. {@link #send} mails a single-use link (valid {@link #VALIDITY}; a new one replaces the old),
 * {@link #confirm} takes it: the shop counts as verified and its held mail goes out.
 */
public final class VerifyShopEmail {
    public static final Duration VALIDITY = Duration.ofHours(72);

    /** Where the link went and until when it works. */
    public record Sent(String mailedTo, Instant expiresAt) {
    }

    /** A link's shop and address; {@code verified}: confirmed already (by this link or an earlier one). */
    public record Pending(String shopName, String email, boolean verified) {
    }

    /** The confirmed shop and how many held mails it released. */
    public record Confirmed(ShopId shopId, String shopName, int releasedMails) {
    }

    private final Shops shops;
    private final Accounts accounts;
    private final AccountLinks links;
    private final LinkTokens tokens;
    private final LinkMails mails;
    private final MailQueue mailQueue;
    private final AuditLog auditLog;
    private final Clock clock;

    public VerifyShopEmail(Shops shops, Accounts accounts, AccountLinks links, LinkTokens tokens, LinkMails mails,
                           MailQueue mailQueue, AuditLog auditLog, Clock clock) {
        this.shops = shops;
        this.accounts = accounts;
        this.links = links;
        this.tokens = tokens;
        this.mails = mails;
        this.mailQueue = mailQueue;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Mails the owner a confirmation link (replacing any earlier one); refused once the shop is confirmed. */
    public Sent send(ShopId shopId, StaffId ownerId, Actor actor) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        if (shops.verified(shopId)) {
            Decision.conflict("already-verified", null, "The shop's address is confirmed already").orThrow();
        }
        Account owner = accounts.byId(shopId, AccountKind.STAFF, ownerId.value()).filter(Account::active)
                .orElseThrow(() -> new NotFoundException("staff", ownerId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        links.revokeOpen(shopId, AccountKind.STAFF, owner.id(), AccountLink.Purpose.EMAIL_VERIFICATION, now);
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(VALIDITY);
        links.add(new AccountLink(shopId, id, AccountLink.Purpose.EMAIL_VERIFICATION, AccountKind.STAFF, owner.id(),
                tokens.hashFor(id), expires, null), actor);
        Map<String, String> params = new HashMap<>(shop.mailParams());
        params.put("name", owner.name());
        mails.send(MailTemplate.EMAIL_VERIFICATION, shopId, owner.email(), owner.language(), id, expires, params, now,
                actor);
        auditLog.record(new AuditEvent(shopId, actor, "shop.verification-mailed", "staff", owner.id().toString(),
                Map.of("email", owner.email()), now));
        return new Sent(owner.email(), expires);
    }

    /** What a link confirms, while it is open or after it confirmed its shop; empty for an unknown or dead link. */
    public Optional<Pending> lookUp(String token) {
        return link(token).flatMap(link -> {
            boolean verified = shops.verified(link.shopId());
            if (!verified && !link.isOpenAt(clock.instant())) {
                return Optional.empty();
            }
            return accounts.byId(link.shopId(), link.kind(), link.accountId())
                    .flatMap(owner -> shops.byId(link.shopId())
                            .map(shop -> new Pending(shop.name(), owner.email(), verified)));
        });
    }

    /**
     * Confirms the shop's address through the link and releases its held mail. Taking a link again once the shop is
     * confirmed answers the same (a double click, a retried request) and changes nothing.
     */
    public Confirmed confirm(String token) {
        AccountLink link = link(token).orElseThrow(VerifyShopEmail::unknown);
        Shop shop = shops.byId(link.shopId()).orElseThrow(VerifyShopEmail::unknown);
        if (shops.verified(shop.id())) {
            return new Confirmed(shop.id(), shop.name(), 0);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Account owner = accounts.byId(link.shopId(), link.kind(), link.accountId()).filter(Account::active)
                .filter(a -> link.isOpenAt(now))
                .orElseThrow(VerifyShopEmail::unknown);
        if (!links.markUsed(link.shopId(), link.id(), now) || !shops.markVerified(shop.id(), now)) {
            return new Confirmed(shop.id(), shop.name(), 0); // a concurrent click confirmed it
        }
        int released = mailQueue.release(shop.id(), now);
        auditLog.record(new AuditEvent(shop.id(), Actor.staff(new StaffId(owner.id())), "shop.verified", "shop",
                shop.id().toString(), Map.of("email", owner.email(), "releasedMails", Integer.toString(released)),
                now));
        return new Confirmed(shop.id(), shop.name(), released);
    }

    /**
     * Confirms a shop without a link, for the operator (a shop whose owner proved the address otherwise, the demo
     * shop); releases its held mail. False when it was confirmed before.
     */
    public boolean confirmWithoutLink(ShopId shopId, Actor operator) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!shops.markVerified(shopId, now)) {
            return false;
        }
        int released = mailQueue.release(shopId, now);
        auditLog.record(new AuditEvent(shopId, operator, "shop.verified", "shop", shopId.toString(),
                Map.of("releasedMails", Integer.toString(released)), now));
        return true;
    }

    private Optional<AccountLink> link(String token) {
        return links.byTokenHash(SecretTokens.hash(token))
                .filter(l -> l.purpose() == AccountLink.Purpose.EMAIL_VERIFICATION);
    }

    private static NotFoundException unknown() {
        return new NotFoundException("verification", "(token)");
    }
}
