package de.stammkunde.domain.testing;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.ShopId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

    @Override
    public synchronized List<Entry> page(ShopId shopId, List<String> actionPrefixes, @Nullable Long beforeSeq,
                                         int limit) {
        List<Entry> all = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            AuditEvent e = events.get(i);
            long seq = i + 1L;
            if (e.shopId().equals(shopId) && (beforeSeq == null || seq < beforeSeq)
                    && (actionPrefixes.isEmpty() || actionPrefixes.stream().anyMatch(e.action()::startsWith))) {
                all.add(new Entry(seq, e));
            }
        }
        return all.stream().limit(limit).toList();
    }

    public synchronized List<String> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }
}
