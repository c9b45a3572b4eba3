package de.stammkunde.domain.account;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.SendPortalActivation;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.mail.LinkMails;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.EmailAddress;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.SecretTokens;
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
 * Use case: a forgotten password. {@link #request} mails a single-use link that works for {@link #VALIDITY} —
 * and says nothing about whether the address exists (the caller answers the same either way); {@link #complete}
 * sets the new password through the link and ends every session of the account. A customer who never set a portal
 * password gets the portal's activation link instead.
 */
public final class ResetPassword {
    public static final Duration VALIDITY = Duration.ofMinutes(30);

    /** Whose password a still-open link resets. */
    public record Pending(String shopName, String email, AccountKind kind) {
    }

    private final Shops shops;
    private final Accounts accounts;
    private final AccountLinks links;
    private final LinkTokens tokens;
    private final LinkMails mails;
    private final SendPortalActivation portalActivation;
    private final PasswordSetter passwords;
    private final DomainEvents events;
    private final AuditLog auditLog;
    private final Clock clock;

    public ResetPassword(Shops shops, Accounts accounts, AccountLinks links, LinkTokens tokens, LinkMails mails,
                         SendPortalActivation portalActivation, PasswordSetter passwords, DomainEvents events,
                         AuditLog auditLog, Clock clock) {
        this.shops = shops;
        this.accounts = accounts;
        this.links = links;
        this.tokens = tokens;
        this.mails = mails;
        this.portalActivation = portalActivation;
        this.passwords = passwords;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Mails a reset link if the shop has such an account; does nothing (visibly) otherwise. */
    public void request(String shopSlug, AccountKind kind, String email) {
        Optional<Shop> shop = shops.bySlug(shopSlug);
        if (shop.isEmpty() || !EmailAddress.looksValid(email)) {
            return;
        }
        Optional<Account> found = accounts.byEmail(shop.get().id(), kind, EmailAddress.normalise(email));
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Actor actor = kind == AccountKind.STAFF ? Actor.SYSTEM : Actor.customer(new CustomerId(account.id()));
        if (!account.active()) {
            if (kind == AccountKind.CUSTOMER) {
                portalActivation.send(shop.get().id(), new CustomerId(account.id()), actor);
            }
            return; // off-boarded staff get nothing
        }
        links.revokeOpen(account.shopId(), kind, account.id(), AccountLink.Purpose.PASSWORD_RESET, now);
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(VALIDITY);
        links.add(new AccountLink(account.shopId(), id, AccountLink.Purpose.PASSWORD_RESET, kind, account.id(),
                tokens.hashFor(id), expires, null), actor);
        Map<String, String> params = new HashMap<>(shop.get().mailParams());
        params.put("name", account.name());
        mails.send(kind == AccountKind.STAFF ? MailTemplate.STAFF_PASSWORD_RESET : MailTemplate.CUSTOMER_PASSWORD_RESET,
                account.shopId(), account.email(), account.language(), id, expires, params, now, actor);
        auditLog.record(new AuditEvent(account.shopId(), actor, "password.reset-requested", kind.name().toLowerCase(
                java.util.Locale.ROOT), account.id().toString(), Map.of(), now));
    }

    /** The account a still-open link belongs to. */
    public Optional<Pending> lookUp(String token) {
        return open(token).flatMap(link -> accounts.byId(link.shopId(), link.kind(), link.accountId())
                .filter(Account::active)
                .map(a -> new Pending(shops.byId(a.shopId()).map(Shop::name).orElse(""), a.email(), a.kind())));
    }

    /** Sets the new password through the link (once); every session of the account ends. */
    public Account complete(String token, String newPassword) {
        AccountLink link = open(token).orElseThrow(() -> new NotFoundException("reset", "(token)"));
        Account account = accounts.byId(link.shopId(), link.kind(), link.accountId()).filter(Account::active)
                .orElseThrow(() -> new NotFoundException("reset", "(token)"));
        String hash = passwords.hashFor(account, newPassword, "password");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!links.markUsed(link.shopId(), link.id(), now)) {
            throw new NotFoundException("reset", "(token)");
        }
        accounts.setPasswordHash(account.shopId(), account.kind(), account.id(), hash);
        events.publish(new PasswordChanged(account.shopId(), account.kind(), account.id(), true, now));
        Actor who = account.kind() == AccountKind.STAFF ? Actor.staff(new de.stammkunde.domain.shared.StaffId(
                account.id())) : Actor.customer(new CustomerId(account.id()));
        auditLog.record(new AuditEvent(account.shopId(), who, "password.reset", account.kind().name()
                .toLowerCase(java.util.Locale.ROOT), account.id().toString(), Map.of(), now));
        return account;
    }

    private Optional<AccountLink> open(String token) {
        return links.byTokenHash(SecretTokens.hash(token))
                .filter(l -> l.purpose() == AccountLink.Purpose.PASSWORD_RESET)
                .filter(l -> l.isOpenAt(clock.instant()));
    }
}
