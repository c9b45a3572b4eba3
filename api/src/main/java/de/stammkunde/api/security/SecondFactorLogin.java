package de.stammkunde.api.security;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.problem.ApiProblem;
import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.CheckSecondFactor;
import de.stammkunde.domain.shared.ShopId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The second step of a login, and the re-check before sensitive actions.
 * <p>
 * After a correct password of someone with two-factor login, the session holds only "password accepted for this
 * account until …" (five minutes, five codes) — no security context, so nothing but this step is open to it. A
 * correct code (or recovery code) then starts the real session, with a new id. The session also remembers when the
 * second factor was last checked: sensitive owner actions ask again when that is older than
 * {@code stammkunde.two-factor.recheck-after}.
 */
@Component
public class SecondFactorLogin {
    static final String PENDING = "stammkunde.second-factor.pending";
    static final String CHECKED_AT = "stammkunde.second-factor.checked-at";
    static final Duration PENDING_FOR = Duration.ofMinutes(5);
    static final int CODES_PER_PENDING_LOGIN = 5;

    private record Pending(AccountKind kind, ShopId shopId, UUID id, Instant until, int failures) {
        String write() {
            return kind + "|" + shopId.value() + "|" + id + "|" + until.getEpochSecond() + "|" + failures;
        }

        static Optional<Pending> read(Object value) {
            if (!(value instanceof String text)) {
                return Optional.empty();
            }
            String[] parts = text.split("\\|");
            return Optional.of(new Pending(AccountKind.valueOf(parts[0]), new ShopId(UUID.fromString(parts[1])),
                    UUID.fromString(parts[2]), Instant.ofEpochSecond(Long.parseLong(parts[3])),
                    Integer.parseInt(parts[4])));
        }
    }

    private final Authenticator authenticator;
    private final CheckSecondFactor check;
    private final Sessions sessions;
    private final LoginRateLimiter limiter;
    private final SecurityLog securityLog;
    private final StammkundeProperties properties;
    private final Transactions tx;
    private final Clock clock;

    SecondFactorLogin(Authenticator authenticator, CheckSecondFactor check, Sessions sessions,
                      LoginRateLimiter limiter, SecurityLog securityLog, StammkundeProperties properties,
                      Transactions tx, Clock clock) {
        this.authenticator = authenticator;
        this.check = check;
        this.sessions = sessions;
        this.limiter = limiter;
        this.securityLog = securityLog;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** The password was right and a code must follow: the session waits for it (with a new id). */
    public SessionDto awaitCode(StammkundeUser user, HttpServletRequest request) {
        sessions.endQuietly(request);
        HttpSession session = request.getSession(true);
        session.setAttribute(PENDING, new Pending(kind(user), user.shop(), user.id(),
                clock.instant().plus(PENDING_FOR), 0).write());
        return SessionDto.SECOND_FACTOR_STAGE;
    }

    /** Whether this session waits for a code (a login's second step). */
    public boolean awaitingCode(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Pending.read(session.getAttribute(PENDING))
                .filter(p -> clock.instant().isBefore(p.until())).isPresent();
    }

    /**
     * The code of the login's second step: right, and the session starts; wrong, 401 (after five wrong codes, or
     * five minutes, the password must be given again); at most {@code stammkunde.two-factor.max-codes} codes per
     * account and window from everywhere, 429 after that.
     */
    public SessionDto complete(String code, AccountKind expectedKind, HttpServletRequest request,
                               HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Optional<Pending> found = session == null ? Optional.empty() : Pending.read(session.getAttribute(PENDING));
        if (found.isEmpty() || found.get().kind() != expectedKind || !clock.instant().isBefore(found.get().until())) {
            if (session != null) {
                session.removeAttribute(PENDING);
            }
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "second-factor-login-expired", null);
        }
        Pending pending = found.get();
        String realm = realm(pending.kind());
        countCode(pending.kind(), pending.id());
        Optional<StammkundeUser> user = authenticator.current(pending.kind(), pending.shopId(), pending.id());
        CheckSecondFactor.Result result = user.isEmpty() ? CheckSecondFactor.Result.WRONG
                : tx.write(() -> check.check(pending.shopId(), pending.kind(), pending.id(), code,
                        user.get().actor()));
        if (!result.passed()) {
            int failures = pending.failures() + 1;
            if (failures >= CODES_PER_PENDING_LOGIN) {
                session.removeAttribute(PENDING);
            } else {
                session.setAttribute(PENDING, new Pending(pending.kind(), pending.shopId(), pending.id(),
                        pending.until(), failures).write());
            }
            securityLog.record("login.second-factor-failed", pending.shopId(),
                    user.map(StammkundeUser::actor).orElse(de.stammkunde.domain.shared.Actor.ANONYMOUS), realm,
                    pending.id().toString(), Map.of("realm", realm));
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "bad-second-factor", "code");
        }
        StammkundeUser signedIn = user.get();
        sessions.start(signedIn, request, response);
        request.getSession().removeAttribute(PENDING);
        checked(request);
        securityLog.record("login.succeeded", signedIn.shop(), signedIn.actor(), realm, signedIn.id().toString(),
                Map.of("realm", realm, "email", signedIn.email(), "secondFactor",
                        result == CheckSecondFactor.Result.RECOVERY_CODE ? "recovery-code" : "code"));
        return authenticator.session(signedIn);
    }

    /**
     * Counts a code tried at the account — at login, turning it on, renewing codes, turning it off, a re-check — all
     * in one bucket: {@code stammkunde.two-factor.max-codes} per window from everywhere, then 429.
     */
    public void countCode(AccountKind kind, UUID accountId) {
        var limits = properties.twoFactor();
        limiter.limit("second-factor", kind + ":" + accountId, limits.maxCodes(), limits.window());
    }

    /** The second factor was just proven in this session (a login's code, turning it on, a re-check). */
    public void checked(HttpServletRequest request) {
        request.getSession().setAttribute(CHECKED_AT, clock.instant().getEpochSecond());
    }

    /**
     * Sensitive actions: someone with two-factor login must have proven it within
     * {@code stammkunde.two-factor.recheck-after}; otherwise 403 {@code second-factor-recheck-required} (the UI asks
     * for a code, sends it to {@code /api/v1/account/second-factor/check}, and repeats the request).
     */
    public void requireRecent(StammkundeUser user, HttpServletRequest request) {
        if (user.role() == Role.TILL
                || !tx.read(() -> check.enabled(user.shop(), kind(user), user.id()))) {
            return;
        }
        HttpSession session = request.getSession(false);
        Object at = session == null ? null : session.getAttribute(CHECKED_AT);
        Instant checkedAt = at instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : Instant.EPOCH;
        if (checkedAt.plus(properties.twoFactor().recheckAfter()).isBefore(clock.instant())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "second-factor-recheck-required", null,
                    properties.twoFactor().recheckAfter().toMinutes());
        }
    }

    /** Whether this session has proven the second factor at some point (owners who must have one). */
    public boolean provenInSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CHECKED_AT) != null;
    }

    public static AccountKind kind(StammkundeUser user) {
        return user.role() == Role.CUSTOMER ? AccountKind.CUSTOMER : AccountKind.STAFF;
    }

    private static String realm(AccountKind kind) {
        return kind == AccountKind.CUSTOMER ? Authenticator.CUSTOMER : Authenticator.STAFF;
    }
}
