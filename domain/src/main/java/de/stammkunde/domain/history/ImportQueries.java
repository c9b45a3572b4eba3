package de.stammkunde.domain.history;

import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import java.util.UUID;

/** Query: the shop's imports, one import's state, and its error list. */
public final class ImportQueries {
    private final ImportJobs jobs;

    public ImportQueries(ImportJobs jobs) {
        this.jobs = jobs;
    }

    public ImportJob job(ShopId shopId, UUID id) {
        return jobs.byId(shopId, id).orElseThrow(() -> new NotFoundException("import", id));
    }

    public List<ImportJob> recent(ShopId shopId, int limit) {
        return jobs.recent(shopId, limit);
    }

    /** Errors by line, from after {@code afterLine}; page through with the last line seen. */
    public List<PurchaseFile.Error> errors(ShopId shopId, UUID id, long afterLine, int limit) {
        job(shopId, id);
        return jobs.errors(shopId, id, afterLine, limit);
    }
}
