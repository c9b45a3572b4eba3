package de.stammkunde.domain.account;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: a signed-in person changes their password, proving they know the current one. The account's other
 * sessions end ({@link PasswordChanged}); open reset links stop working.
 */
public final class ChangePassword {
    private final Accounts accounts;
    private final AccountLinks links;
    private final PasswordHasher hasher;
    private final PasswordSetter passwords;
    private final DomainEvents events;
    private final AuditLog auditLog;
    private final Clock clock;

    public ChangePassword(Accounts accounts, AccountLinks links, PasswordHasher hasher, PasswordSetter passwords,
                          DomainEvents events, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.hasher = hasher;
        this.passwords = passwords;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public void change(ShopId shopId, AccountKind kind, UUID accountId, String currentPassword, String newPassword,
                       Actor actor) {
        Account account = accounts.byId(shopId, kind, accountId).filter(Account::active)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        String hash = accounts.passwordHash(shopId, kind, accountId).orElse("");
        if (hash.isEmpty() || !hasher.matches(currentPassword, hash)) {
            Decision.reject("password-wrong", "currentPassword", "The current password is not correct").orThrow();
        }
        if (currentPassword.equals(newPassword)) {
            Decision.reject("password-unchanged", "newPassword", "Choose a password other than the current one")
                    .orThrow();
        }
        String newHash = passwords.hashFor(account, newPassword, "newPassword");
        Instant now = clock.instant();
        accounts.setPasswordHash(shopId, kind, accountId, newHash);
        links.revokeOpen(shopId, kind, accountId, AccountLink.Purpose.PASSWORD_RESET, now);
        events.publish(new PasswordChanged(shopId, kind, accountId, false, now));
        auditLog.record(new AuditEvent(shopId, actor, "password.changed", kind.name().toLowerCase(Locale.ROOT),
                accountId.toString(), Map.of(), now));
    }
}
