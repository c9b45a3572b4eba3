package de.stammkunde.domain.account;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.SecretBox;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Use cases: a person turns two-factor login on (a new secret, confirmed with a code from their app; ten recovery
 * codes shown once), gets new recovery codes, or turns it off again (password and code) where their shop does not
 * require it. An owner can take an agent's second factor away when the agent lost phone and recovery codes.
 */
public final class SecondFactorSetup {
    /** What the person sees about their second factor. */
    public record Status(boolean enabled, @Nullable Instant enabledAt, int recoveryCodesLeft) {
    }

    private final Accounts accounts;
    private final SecondFactors factors;
    private final CheckSecondFactor check;
    private final SecretBox box;
    private final OneTimeCodes codes;
    private final PasswordHasher hasher;
    private final AuditLog auditLog;
    private final Clock clock;

    public SecondFactorSetup(Accounts accounts, SecondFactors factors, CheckSecondFactor check, SecretBox box,
                             OneTimeCodes codes, PasswordHasher hasher, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.factors = factors;
        this.check = check;
        this.box = box;
        this.codes = codes;
        this.hasher = hasher;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Status status(ShopId shopId, AccountKind kind, UUID accountId) {
        return factors.find(shopId, kind, accountId).filter(SecondFactors.Stored::enabled)
                .map(s -> new Status(true, s.enabledAt(), factors.recoveryCodesLeft(shopId, kind, accountId)))
                .orElse(new Status(false, null, 0));
    }

    /** A new secret for the person's app; it counts only once confirmed with {@link #enable}. */
    public byte[] start(ShopId shopId, AccountKind kind, UUID accountId) {
        account(shopId, kind, accountId);
        alreadyOn(shopId, kind, accountId);
        byte[] secret = codes.newSecret();
        factors.startSetup(shopId, kind, accountId, box.seal(secret), clock.instant());
        return secret;
    }

    /** Confirms the secret being set up with a code from the app; returns the recovery codes (shown once). */
    public List<String> enable(ShopId shopId, AccountKind kind, UUID accountId, String code, Actor actor) {
        account(shopId, kind, accountId);
        alreadyOn(shopId, kind, accountId);
        var pending = factors.find(shopId, kind, accountId).orElse(null);
        if (pending == null) {
            Decision.conflict("second-factor-not-started", "code",
                    "Start setting up two-factor login first").orThrow();
            throw new IllegalStateException("unreachable");
        }
        Instant now = clock.instant();
        String typed = RecoveryCodes.normalise(code);
        OptionalLong step = typed.matches("\\d{6}")
                ? CheckSecondFactor.matchingStep(codes, box.open(pending.sealedSecret()), typed, now)
                : OptionalLong.empty();
        if (step.isEmpty()) {
            badCode();
        }
        if (!factors.enable(shopId, kind, accountId, step.getAsLong(), now)) {
            alreadyOn(shopId, kind, accountId);
        }
        List<String> recovery = RecoveryCodes.generate();
        factors.replaceRecoveryCodes(shopId, kind, accountId, recovery.stream().map(RecoveryCodes::hash).toList());
        audit(shopId, actor, "second-factor.enabled", kind, accountId, now);
        return recovery;
    }

    /** New recovery codes (the old ones stop working), after a code from the app. */
    public List<String> renewRecoveryCodes(ShopId shopId, AccountKind kind, UUID accountId, String code,
                                           Actor actor) {
        if (!check.enabled(shopId, kind, accountId)) {
            notOn();
        }
        if (check.check(shopId, kind, accountId, code, actor) != CheckSecondFactor.Result.CODE) {
            badCode();
        }
        List<String> recovery = RecoveryCodes.generate();
        factors.replaceRecoveryCodes(shopId, kind, accountId, recovery.stream().map(RecoveryCodes::hash).toList());
        audit(shopId, actor, "second-factor.recovery-codes-renewed", kind, accountId, clock.instant());
        return recovery;
    }

    /** Turns it off, with the password and a code (or a recovery code); refused where the shop requires it. */
    public void disable(ShopId shopId, AccountKind kind, UUID accountId, String password, String code,
                        boolean required, Actor actor) {
        if (required) {
            Decision.conflict("second-factor-required", null,
                    "Your shop requires two-factor login for your role; it cannot be turned off").orThrow();
        }
        if (!check.enabled(shopId, kind, accountId)) {
            notOn();
        }
        String hash = accounts.passwordHash(shopId, kind, accountId).orElse("");
        if (hash.isEmpty() || !hasher.matches(password, hash)) {
            Decision.reject("password-wrong", "password", "The current password is not correct").orThrow();
        }
        if (!check.check(shopId, kind, accountId, code, actor).passed()) {
            badCode();
        }
        factors.remove(shopId, kind, accountId);
        audit(shopId, actor, "second-factor.disabled", kind, accountId, clock.instant());
    }

    /** An owner takes a staff member's second factor away (lost phone and recovery codes); they set it up anew. */
    public void reset(ShopId shopId, AccountKind kind, UUID accountId, Actor actor) {
        account(shopId, kind, accountId);
        if (!check.enabled(shopId, kind, accountId)) {
            notOn();
        }
        factors.remove(shopId, kind, accountId);
        audit(shopId, actor, "second-factor.reset", kind, accountId, clock.instant());
    }

    private Account account(ShopId shopId, AccountKind kind, UUID accountId) {
        return accounts.byId(shopId, kind, accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    private void alreadyOn(ShopId shopId, AccountKind kind, UUID accountId) {
        if (check.enabled(shopId, kind, accountId)) {
            Decision.conflict("second-factor-already-enabled", null, "Two-factor login is on already").orThrow();
        }
    }

    private static void notOn() {
        Decision.conflict("second-factor-not-enabled", null, "Two-factor login is not on").orThrow();
    }

    private static void badCode() {
        Decision.reject("bad-second-factor", "code", "That code is not right; use the current code from your app")
                .orThrow();
    }

    private void audit(ShopId shopId, Actor actor, String action, AccountKind kind, UUID accountId, Instant at) {
        auditLog.record(new AuditEvent(shopId, actor, action, kind.name().toLowerCase(Locale.ROOT),
                accountId.toString(), Map.of(), at));
    }
}
