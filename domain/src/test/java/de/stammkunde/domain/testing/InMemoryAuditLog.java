package de.stammkunde.domain.testing;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.ShopId;
import java.util.ArrayList;
import java.util.List;

public final class InMemoryAuditLog implements AuditLog {
    public final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public synchronized List<AuditEvent> latest(ShopId shopId, int limit) {
        return events.reversed().stream().filter(e -> e.shopId().equals(shopId)).limit(limit).toList();
    }

    public synchronized List<String> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }
}
