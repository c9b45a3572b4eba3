package de.stammkunde.domain.account;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.SecretBox;
import de.stammkunde.domain.shared.ShopId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Use case: is this the person's second factor? A six-digit code of the current time step, or the one before or
 * after (clocks drift), counts once: the step is spent when it is accepted, so an overheard code cannot be replayed.
 * A recovery code counts once too, and its use is written to the audit log.
 */
public final class CheckSecondFactor {
    public enum Result {
        /** A code from the authenticator app. */
        CODE,
        /** One of the recovery codes (now spent). */
        RECOVERY_CODE,
        /** Neither — or a code already used. */
        WRONG,
        /** The account has no second factor turned on. */
        NOT_ENABLED;

        public boolean passed() {
            return this == CODE || this == RECOVERY_CODE;
        }
    }

    private final SecondFactors factors;
    private final SecretBox box;
    private final OneTimeCodes codes;
    private final AuditLog auditLog;
    private final Clock clock;

    public CheckSecondFactor(SecondFactors factors, SecretBox box, OneTimeCodes codes, AuditLog auditLog,
                             Clock clock) {
        this.factors = factors;
        this.box = box;
        this.codes = codes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public boolean enabled(ShopId shopId, AccountKind kind, UUID accountId) {
        return factors.find(shopId, kind, accountId).filter(SecondFactors.Stored::enabled).isPresent();
    }

    /** Who of this kind in the shop has a second factor turned on (the owner's staff list shows it). */
    public java.util.Set<UUID> enabledAccounts(ShopId shopId, AccountKind kind) {
        return factors.enabled(shopId, kind);
    }

    public Result check(ShopId shopId, AccountKind kind, UUID accountId, String typed, Actor actor) {
        var stored = factors.find(shopId, kind, accountId).filter(SecondFactors.Stored::enabled);
        if (stored.isEmpty()) {
            return Result.NOT_ENABLED;
        }
        Instant now = clock.instant();
        String code = RecoveryCodes.normalise(typed);
        if (code.matches("\\d{6}")) {
            OptionalLong step = matchingStep(codes, box.open(stored.get().sealedSecret()), code, now);
            return step.isPresent() && factors.useStep(shopId, kind, accountId, step.getAsLong()) ? Result.CODE
                    : Result.WRONG;
        }
        if (RecoveryCodes.looksLikeOne(code)
                && factors.useRecoveryCode(shopId, kind, accountId, RecoveryCodes.hash(code), now)) {
            auditLog.record(new AuditEvent(shopId, actor, "second-factor.recovery-code-used",
                    kind.name().toLowerCase(Locale.ROOT), accountId.toString(),
                    Map.of("left", Integer.toString(factors.recoveryCodesLeft(shopId, kind, accountId))), now));
            return Result.RECOVERY_CODE;
        }
        return Result.WRONG;
    }

    /** The time step (now, one before, one after) whose code this is; compared in constant time. */
    static OptionalLong matchingStep(OneTimeCodes codes, byte[] secret, String code, Instant now) {
        long current = OneTimeCodes.step(now);
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(codes.code(secret, step).getBytes(StandardCharsets.US_ASCII), typed)
                    && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
