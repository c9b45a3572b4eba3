package de.stammkunde.domain.audit;

import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Read use case: the owner reads the shop's audit log, all of it or only its security events. */
public final class AuditQueries {
    /**
     * What counts as a security event: sign-ins and their failures and limits, sessions ended, passwords, second
     * factors, staff access (invitations, joining, off-boarding), refused requests, till keys, the shop's address.
     */
    public static final List<String> SECURITY_ACTIONS = List.of("login.", "logout", "sessions.", "password.",
            "second-factor.", "staff.", "access.", "api-key.", "shop.verified", "shop.verification-mailed",
            "customer.portal-activated");
    public static final int MAX_PAGE = 200;

    public enum Category { ALL, SECURITY }

    /** A page of the log and the cursor of the next (older) page, null at the end. */
    public record Page(List<AuditLog.Entry> entries, @Nullable Long nextBefore) {
    }

    private final AuditLog log;

    public AuditQueries(AuditLog log) {
        this.log = log;
    }

    public Page page(ShopId shopId, Category category, @Nullable Long before, int limit) {
        int size = Math.clamp(limit, 1, MAX_PAGE);
        List<AuditLog.Entry> entries = log.page(shopId, category == Category.SECURITY ? SECURITY_ACTIONS : List.of(),
                before, size + 1);
        if (entries.size() <= size) {
            return new Page(entries, null);
        }
        List<AuditLog.Entry> shown = entries.subList(0, size);
        return new Page(List.copyOf(shown), shown.getLast().seq());
    }

    /** Whether an action is a security event ({@link #SECURITY_ACTIONS}). */
    public static boolean isSecurity(String action) {
        return SECURITY_ACTIONS.stream().anyMatch(action::startsWith);
    }
}
