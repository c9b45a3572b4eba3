package de.stammkunde.domain.audit;

import de.stammkunde.domain.shared.ShopId;
import java.util.List;

/** Port: the append-only audit log. */
public interface AuditLog {
    void record(AuditEvent event);

    List<AuditEvent> latest(ShopId shopId, int limit);
}
