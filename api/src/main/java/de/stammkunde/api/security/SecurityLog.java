package de.stammkunde.api.security;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Security events the HTTP layer sees rather than a use case: sign-ins and their failures and limits, signing out,
 * refused requests. Each goes into the shop's audit log (with the client's address, in a transaction of its own, so
 * a refusal that rolls back the request is still recorded) and out as a structured log line; an event without a
 * shop (an unknown shop address, an unknown till key) only as the log line. Never the password or a token.
 */
@Component
public class SecurityLog {
    private static final Logger log = LoggerFactory.getLogger("stammkunde.audit");

    private final AuditLog auditLog;
    private final Transactions tx;
    private final Clock clock;

    public SecurityLog(AuditLog auditLog, Transactions tx, Clock clock) {
        this.auditLog = auditLog;
        this.tx = tx;
        this.clock = clock;
    }

    public void record(String action, @Nullable ShopId shopId, Actor actor, String targetType,
                       @Nullable String targetId, Map<String, String> details) {
        Map<String, String> all = new HashMap<>(details);
        all.values().removeIf(java.util.Objects::isNull);
        if (shopId == null) {
            var line = log.atWarn().addKeyValue("event", action).addKeyValue("security", true)
                    .addKeyValue("actor", actor.describe()).addKeyValue("target", targetType + ":" + targetId)
                    .addKeyValue("address", clientAddress());
            all.forEach(line::addKeyValue);
            line.log("{} shop=(none) actor={} target={}:{} address={} {}", action, actor.describe(), targetType,
                    targetId, clientAddress(), all);
            return;
        }
        try {
            tx.run(() -> auditLog.record(new AuditEvent(shopId, actor, action, targetType,
                    targetId == null ? "" : targetId, all, clock.instant())));
        } catch (RuntimeException e) {
            // The request's answer stands; the event is not lost from the log.
            log.atError().setCause(e).addKeyValue("event", action).addKeyValue("shop", shopId.toString())
                    .log("could not record {} in the audit log of shop {}: {}", action, shopId, all);
        }
    }

    private static @Nullable String clientAddress() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : null;
    }
}
