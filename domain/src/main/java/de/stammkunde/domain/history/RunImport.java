package de.stammkunde.domain.history;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.AcquisitionChannels;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.purchase.PurchaseRecorder;
import de.stammkunde.domain.purchase.RecordPurchase;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.UnitOfWork;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Use case: runs import jobs. A job is claimed, its stored file read from the start line by line; every
 * {@value #BATCH} lines are stored — the customers the shop does not know yet, then in one transaction the purchases
 * whose import key is new and the errors together with the job's progress — so after a restart the job resumes at
 * the first line no batch has committed, and lines before it are only counted again for the occurrence numbers.
 * Without "award points" purchases are stored without points (history, not new custom); with it each goes through
 * {@link RecordPurchase} like a purchase at the till, rules, tiers and all.
 */
public final class RunImport {
    static final int BATCH = 1000;
    static final int MAX_LINE_CHARS = 10_000;
    static final int MAX_ATTEMPTS = 3;
    /** A running job whose heartbeat is older than this lost its worker. */
    public static final Duration STALE = Duration.ofMinutes(2);

    private final Shops shops;
    private final ImportJobs jobs;
    private final ImportFiles files;
    private final PurchaseHistory history;
    private final AcquisitionChannels channels;
    private final RecordPurchase recordPurchase;
    private final DomainEvents events;
    private final UnitOfWork uow;
    private final Clock clock;

    public RunImport(Shops shops, ImportJobs jobs, ImportFiles files, PurchaseHistory history,
                     AcquisitionChannels channels, RecordPurchase recordPurchase, DomainEvents events, UnitOfWork uow,
                     Clock clock) {
        this.shops = shops;
        this.jobs = jobs;
        this.files = files;
        this.history = history;
        this.channels = channels;
        this.recordPurchase = recordPurchase;
        this.events = events;
        this.uow = uow;
        this.clock = clock;
    }

    /** Claims the next job and runs it to its end; the job, or empty when none was waiting. */
    public Optional<ImportJob> runNext() {
        Instant now = now();
        uow.run(() -> jobs.failExhausted(MAX_ATTEMPTS, now.minus(STALE), now));
        Optional<ImportJob> claimed = uow.inTransaction(() -> jobs.claimNext(now, now.minus(STALE), MAX_ATTEMPTS));
        claimed.ifPresent(this::run);
        return claimed.flatMap(j -> jobs.byId(j.shopId(), j.id()));
    }

    void run(ImportJob job) {
        try {
            process(job);
        } catch (RuntimeException e) {
            // The batch in flight rolled back; the job stays RUNNING and resumes after STALE (up to MAX_ATTEMPTS),
            // unless what failed is the file itself.
            if (e instanceof RejectedException rejected) {
                uow.run(() -> jobs.finish(job.shopId(), job.id(), ImportJob.Status.FAILED,
                        PurchaseFile.abbreviate(rejected.rejection().message(), 400), now()));
            } else {
                throw e;
            }
        }
    }

    private void process(ImportJob job) {
        Shop shop = shops.byId(job.shopId()).orElseThrow(() -> new NotFoundException("shop", job.shopId()));
        Map<String, AcquisitionChannel> channelByText = new HashMap<>();
        for (var c : channels.all(job.shopId())) {
            channelByText.put(c.channel().code().toLowerCase(Locale.ROOT), c.channel());
            if (c.name() != null) {
                channelByText.put(c.name().toLowerCase(Locale.ROOT), c.channel());
            }
        }
        var occurrences = new OccurrenceCounter();
        var batch = new Batch();
        long done = job.rowsDone();
        long batches = 0;
        try (var reader = new InputStreamReader(files.open(job.shopId(), job.id()), StandardCharsets.UTF_8)) {
            var lines = new LineReader(reader, MAX_LINE_CHARS);
            var header = lines.next();
            if (header == null || header.text() == null) {
                throw new IllegalStateException("The stored file of import " + job.id() + " has no header");
            }
            PurchaseFile file = PurchaseFile.withHeader(header.text(), shop.timeZone(), shop.currency());
            Instant now = now();
            long dataLine = 0;
            for (var line = lines.next(); line != null; line = lines.next()) {
                dataLine++;
                boolean resumed = dataLine <= done; // committed by an earlier attempt: only count occurrences
                if (line.text() == null) {
                    if (!resumed) {
                        batch.errors.add(new PurchaseFile.Error(line.number(),
                                "line longer than " + MAX_LINE_CHARS + " characters: skipped"));
                    }
                } else if (line.text().isBlank()) {
                    // an empty line (often the last) is no purchase and no error
                } else {
                    Object parsed = file.parse(line.number(), line.text(), now, occurrences);
                    if (!resumed) {
                        if (parsed instanceof PurchaseFile.Row row) {
                            batch.add(row, channelByText);
                        } else {
                            batch.errors.add((PurchaseFile.Error) parsed);
                        }
                    }
                }
                if (!resumed) {
                    batch.lines++;
                    if (batch.lines >= BATCH) {
                        done = commit(job, batch, done);
                        batch = new Batch();
                        batches++;
                        if (Long.bitCount(batches) == 1) {
                            // after 1, 2, 4, 8 … batches: the tables grew by half or more since the last time
                            uow.run(history::refreshStatistics);
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        commit(job, batch, done);
        uow.run(() -> {
            jobs.finish(job.shopId(), job.id(), ImportJob.Status.DONE, null, now());
            var finished = jobs.byId(job.shopId(), job.id()).orElseThrow();
            events.publish(new PurchasesImported(job.shopId(), job.id(), finished.imported(),
                    finished.customersCreated(), finished.skipped(), Actor.SYSTEM, now()));
        });
    }

    /**
     * Stores a batch: first the customers it names that the shop does not know yet (a transaction of their own:
     * PostgreSQL checks a purchase's foreign key against a customer created in the same transaction ~100 times
     * slower, measured), then its purchases, errors and the job's progress in one transaction. A restart between the
     * two finds the customers again by their ref. The new count of lines done.
     */
    private long commit(ImportJob job, Batch batch, long doneBefore) {
        long done = doneBefore + batch.lines;
        ShopId shopId = job.shopId();
        record Resolved(Map<String, CustomerId> ids, long created) {
        }
        Resolved resolved = uow.inTransaction(() -> {
            Map<String, CustomerId> ids = new HashMap<>(history.findCustomers(shopId, batch.firstRowOfRef.keySet(),
                    batch.emails));
            List<PurchaseHistory.NewCustomer> missing = new ArrayList<>();
            batch.firstRowOfRef.forEach((ref, row) -> {
                if (!ids.containsKey(ref)) {
                    missing.add(new PurchaseHistory.NewCustomer(ref, row.email(), row.firstName(), row.lastName(),
                            batch.channelOfRef.getOrDefault(ref, AcquisitionChannel.OTHER),
                            batch.firstDayOfRef.get(ref)));
                }
            });
            ids.putAll(history.createCustomers(shopId, missing, Actor.SYSTEM));
            return new Resolved(ids, missing.size());
        });
        Map<String, CustomerId> ids = resolved.ids();
        uow.run(() -> {
            Instant now = now();
            long imported = 0;
            List<PurchaseFile.Error> errors = new ArrayList<>(batch.errors);
            if (job.awardPoints()) {
                var currency = shops.byId(shopId).orElseThrow().currency();
                Set<String> existing = history.existingKeys(shopId, batch.rows.stream().map(PurchaseFile.Row::key)
                        .toList());
                for (var row : batch.rows) {
                    if (existing.contains(row.key())) {
                        continue;
                    }
                    try {
                        var recorded = recordPurchase.record(shopId, new RecordPurchase.Command(ids.get(row.customerRef()),
                                new Money(row.amount(), currency), row.externalId(), row.purchasedAt(), List.of(),
                                PurchaseRecorder.IMPORT), Actor.SYSTEM);
                        history.tagImported(shopId, recorded.purchase().id(), row.key());
                        imported++;
                    } catch (RejectedException e) {
                        errors.add(new PurchaseFile.Error(row.line(), e.rejection().message()));
                    }
                }
            } else {
                var purchases = batch.rows.stream()
                        .map(r -> new PurchaseHistory.ImportedPurchase(ids.get(r.customerRef()), r)).toList();
                imported = history.insertPurchases(shopId, purchases, job.id(), Actor.SYSTEM).size();
            }
            Map<CustomerId, LocalDate> first = new HashMap<>();
            batch.firstDayOfRef.forEach((ref, day) -> first.merge(ids.get(ref), day,
                    (a, b) -> a.isBefore(b) ? a : b));
            history.backdateAcquisition(shopId, first);
            long validRows = batch.rows.size();
            long failedRows = errors.size() - batch.errors.size();
            jobs.progress(shopId, job.id(), done, imported, validRows - imported - failedRows, resolved.created(),
                    errors, now);
        });
        return done;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The lines of one transaction. */
    private static final class Batch {
        final List<PurchaseFile.Row> rows = new ArrayList<>();
        final List<PurchaseFile.Error> errors = new ArrayList<>();
        final Map<String, PurchaseFile.Row> firstRowOfRef = new LinkedHashMap<>();
        final Map<String, LocalDate> firstDayOfRef = new HashMap<>();
        final Map<String, AcquisitionChannel> channelOfRef = new HashMap<>();
        final Map<String, String> emails = new HashMap<>();
        long lines;

        void add(PurchaseFile.Row row, Map<String, AcquisitionChannel> channels) {
            @Nullable AcquisitionChannel channel = null;
            if (row.channel() != null) {
                channel = channels.get(row.channel().toLowerCase(Locale.ROOT));
                if (channel == null) {
                    errors.add(new PurchaseFile.Error(row.line(), "channel '" + row.channel()
                            + "' is not one of the shop's acquisition channels"));
                    return;
                }
            }
            rows.add(row);
            firstRowOfRef.putIfAbsent(row.customerRef(), row);
            firstDayOfRef.merge(row.customerRef(), row.purchasedOn(), (a, b) -> a.isBefore(b) ? a : b);
            if (channel != null) {
                channelOfRef.putIfAbsent(row.customerRef(), channel);
            }
            if (row.email() != null) {
                emails.putIfAbsent(row.customerRef(), row.email());
            }
        }
    }
}
