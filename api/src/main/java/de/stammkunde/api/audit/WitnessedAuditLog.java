package de.stammkunde.api.audit;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.audit.AuditQueries;
import de.stammkunde.domain.shared.ShopId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log as the application writes it: every line recorded during an HTTP request carries the client's
 * address ({@code address}, what a trusted proxy reported), and every line is also written as a structured log
 * line (logger {@code stammkunde.audit}; security events at WARN when they are failures or refusals) — once the
 * transaction that recorded it committed, so the log never reports what was rolled back.
 */
final class WitnessedAuditLog implements AuditLog {
    static final String LOGGER = "stammkunde.audit";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private final AuditLog store;

    WitnessedAuditLog(AuditLog store) {
        this.store = store;
    }

    @Override
    public void record(AuditEvent event) {
        AuditEvent addressed = withAddress(event);
        store.record(addressed);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(addressed);
                }
            });
        } else {
            write(addressed);
        }
    }

    @Override
    public List<AuditEvent> latest(ShopId shopId, int limit) {
        return store.latest(shopId, limit);
    }

    @Override
    public List<Entry> page(ShopId shopId, List<String> actionPrefixes, @Nullable Long beforeSeq, int limit) {
        return store.page(shopId, actionPrefixes, beforeSeq, limit);
    }

    /** A structured log line of the event: key-value pairs, and the same facts readable in the message. */
    static void write(AuditEvent event) {
        boolean alarming = event.action().endsWith(".failed") || event.action().endsWith(".limited")
                || event.action().startsWith("access.");
        LoggingEventBuilder line = (alarming ? log.atWarn() : log.atInfo())
                .addKeyValue("event", event.action())
                .addKeyValue("security", AuditQueries.isSecurity(event.action()))
                .addKeyValue("shop", event.shopId().toString())
                .addKeyValue("actor", event.actor().describe())
                .addKeyValue("target", event.targetType() + ":" + event.targetId());
        event.details().forEach(line::addKeyValue);
        line.log("{} shop={} actor={} target={}:{} {}", event.action(), event.shopId(), event.actor().describe(),
                event.targetType(), event.targetId(), event.details());
    }

    private static AuditEvent withAddress(AuditEvent event) {
        String address = currentClientAddress();
        if (address == null || event.details().containsKey("address")) {
            return event;
        }
        Map<String, String> details = new HashMap<>(event.details());
        details.put("address", address);
        return new AuditEvent(event.shopId(), event.actor(), event.action(), event.targetType(), event.targetId(),
                details, event.occurredAt());
    }

    /** The client of the HTTP request this thread is serving, if any (Tomcat applied the trusted proxies). */
    static @Nullable String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
