package de.stammkunde.api.security;

import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.PasswordChanged;
import de.stammkunde.domain.account.SecondFactorChanged;
import de.stammkunde.domain.events.EventBus;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import de.stammkunde.domain.events.EventSubscriber;
import de.stammkunde.domain.staff.StaffAccessEnded;
import org.springframework.stereotype.Component;

/**
 * Sessions follow the accounts: an off-boarded staff member's sessions end at once, inside the off-boarding
 * transaction (were it rolled back, they would only have to log in again); a new password ends every other session
 * of its account.
 */
@Component
class SessionSubscriptions implements EventSubscriber {
    private final SessionTermination termination;
    private final SecurityLog securityLog;

    SessionSubscriptions(SessionTermination termination, SecurityLog securityLog) {
        this.termination = termination;
        this.securityLog = securityLog;
    }

    @Override
    public void subscribeTo(EventBus bus) {
        bus.inTransaction(StaffAccessEnded.class, e -> ended(e.shopId(), "staff", e.staffId().value(),
                termination.endAll(StammkundeUser.sessionKey(Role.AGENT, e.staffId().value())),
                e.removed() ? "removed" : "deactivated"));
        bus.inTransaction(PasswordChanged.class, e -> endOtherSessions(e.shopId(), e.kind(), e.accountId(),
                e.reset() ? "password-reset" : "password-changed"));
        bus.inTransaction(SecondFactorChanged.class, e -> endOtherSessions(e.shopId(), e.kind(), e.accountId(),
                "second-factor-" + e.change()));
    }

    /** A factor of the account changed: every session of it ends but the one the change was made in (if any). */
    private void endOtherSessions(de.stammkunde.domain.shared.ShopId shopId, AccountKind kind,
                                 java.util.UUID accountId, String reason) {
        ended(shopId, kind.name().toLowerCase(java.util.Locale.ROOT), accountId, termination.endAllExcept(
                StammkundeUser.sessionKey(kind == AccountKind.CUSTOMER ? Role.CUSTOMER : Role.AGENT, accountId),
                currentSessionOf(accountId)), reason);
    }

    /** Sessions that really ended are a security event of the shop (none ended: nothing to record). */
    private void ended(de.stammkunde.domain.shared.ShopId shopId, String kind, java.util.UUID accountId, int count,
                       String reason) {
        if (count > 0) {
            securityLog.record("sessions.ended", shopId, de.stammkunde.domain.shared.Actor.SYSTEM, kind,
                    accountId.toString(), java.util.Map.of("count", Integer.toString(count), "reason", reason));
        }
    }

    /** The session the change was made in, if it is this person's own (a change keeps it; a reset has none). */
    private static @Nullable String currentSessionOf(java.util.UUID accountId) {
        var attributes = RequestContextHolder.getRequestAttributes();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (attributes instanceof ServletRequestAttributes servlet && authentication != null
                && authentication.getPrincipal() instanceof StammkundeUser user && user.id().equals(accountId)) {
            HttpSession session = servlet.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
