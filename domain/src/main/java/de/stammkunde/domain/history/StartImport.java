package de.stammkunde.domain.history;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Use case: the owner uploads a purchase history. The file streams into storage, checked as a whole on the way
 * (UTF-8, text, size, the header's columns); only then is the job queued. Call it in one transaction: a refused
 * file leaves nothing behind.
 */
public final class StartImport {
    /** 1 GB: twenty years of a busy shop fit many times over. */
    public static final long MAX_BYTES = 1L << 30;

    private final Shops shops;
    private final ImportJobs jobs;
    private final ImportFiles files;
    private final AuditLog audit;
    private final Clock clock;

    public StartImport(Shops shops, ImportJobs jobs, ImportFiles files, AuditLog audit, Clock clock) {
        this.shops = shops;
        this.jobs = jobs;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    public ImportJob start(ShopId shopId, @Nullable String fileName, InputStream content, boolean awardPoints,
                           Actor actor) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String name = fileName == null || fileName.isBlank() ? null
                : PurchaseFile.abbreviate(fileName.strip().replaceAll("[\\p{Cntrl}]", ""), 190);
        UUID id = UUID.randomUUID();
        var queued = new ImportJob(shopId, id, ImportJob.Status.QUEUED, awardPoints, name, 0, 0, 0, 0, 0, 0, 0, null,
                actor.describe(), now, null, null);
        jobs.create(queued);
        var checked = new CheckedUpload(content, MAX_BYTES);
        long bytes = files.store(shopId, id, checked);
        if (bytes == 0) {
            Decision.reject("import-file-empty", "file", "The file is empty").orThrow();
        }
        PurchaseFile.withHeader(checked.headerLine(), shop.timeZone(), shop.currency());
        long rows = checked.lines() - 1;
        if (rows < 1) {
            Decision.reject("import-file-empty", "file", "The file has a header but no purchases").orThrow();
        }
        jobs.sized(shopId, id, bytes, rows);
        var job = new ImportJob(shopId, id, ImportJob.Status.QUEUED, awardPoints, name, bytes, rows, 0, 0, 0, 0, 0,
                null, actor.describe(), now, null, null);
        audit.record(new AuditEvent(shopId, actor, "import.started", "import", id.toString(),
                Map.of("rows", Long.toString(rows), "awardPoints", Boolean.toString(awardPoints)), now));
        return job;
    }
}
