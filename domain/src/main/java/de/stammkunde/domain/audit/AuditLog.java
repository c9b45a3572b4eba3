package de.stammkunde.domain.audit;

import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Port: the append-only audit log. */
public interface AuditLog {
    void record(AuditEvent event);

    List<AuditEvent> latest(ShopId shopId, int limit);

    /** One read line of the log and its place in it (larger is later). */
    record Entry(long seq, AuditEvent event) {
    }

    /**
     * The shop's lines before {@code beforeSeq} (all when null), latest first, at most {@code limit}; only actions
     * starting with one of {@code actionPrefixes} unless that is empty.
     */
    List<Entry> page(ShopId shopId, List<String> actionPrefixes, @Nullable Long beforeSeq, int limit);
}
