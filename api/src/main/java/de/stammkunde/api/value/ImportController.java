package de.stammkunde.api.value;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.api.web.CsvCells;
import de.stammkunde.domain.history.ImportJob;
import de.stammkunde.domain.history.ImportQueries;
import de.stammkunde.domain.history.PurchaseFile;
import de.stammkunde.domain.history.StartImport;
import de.stammkunde.domain.shared.ShopId;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Purchase-history imports: the owner uploads the shop's past sales as CSV (streamed; checked as a whole before
 * anything is queued), a worker imports them in batches, and the job tells how far it got and which lines it
 * skipped and why. Uploading the same file again imports nothing twice.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/imports")
@PreAuthorize("hasRole('OWNER')")
class ImportController {
    static final int ERRORS_SHOWN = 100;

    record ImportAccepted(String id, String status, String href) {
    }

    record ErrorDto(long line, String reason) {
    }

    /**
     * {@code rowsTotal}: data lines in the file; {@code rowsDone}: processed so far; of those {@code imported} new
     * purchases, {@code duplicates} already there (an earlier import), {@code skipped} refused (see {@code errors},
     * the first 100, all of them in {@code errors.csv}).
     */
    record ImportDto(String id, String status, boolean awardPoints, @Nullable String fileName, long bytes,
                     long rowsTotal, long rowsDone, long imported, long duplicates, long skipped,
                     long customersCreated, @Nullable String failure, Instant createdAt, @Nullable Instant startedAt,
                     @Nullable Instant finishedAt, List<ErrorDto> errors) {
    }

    record ImportList(List<ImportDto> items) {
    }

    private final StartImport start;
    private final ImportQueries queries;
    private final ImportWorker worker;
    private final Transactions tx;

    ImportController(StartImport start, ImportQueries queries, ImportWorker worker, Transactions tx) {
        this.start = start;
        this.queries = queries;
        this.worker = worker;
        this.tx = tx;
    }

    /**
     * The file as the body ({@code Content-Type: text/csv}, UTF-8). 202 with the job and its address; a file that
     * cannot be read as a whole is refused (422, field {@code file}) and leaves nothing behind.
     */
    @PostMapping(value = "/purchases", consumes = {"text/csv", "text/plain", "application/csv",
            "application/vnd.ms-excel"})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "202", description = "the import is queued")
    ResponseEntity<ImportAccepted> importPurchases(@PathVariable UUID shopId,
                                             @RequestParam(defaultValue = "false") boolean awardPoints,
                                             @RequestParam(required = false) @Nullable String fileName,
                                             @RequestHeader(name = "X-File-Name", required = false)
                                             @Nullable String fileNameHeader,
                                             HttpServletRequest request,
                                             @AuthenticationPrincipal StammkundeUser user) throws IOException {
        ShopId shop = new ShopId(shopId);
        var in = request.getInputStream();
        String name = fileName != null ? fileName : fileNameHeader;
        ImportJob job = tx.write(() -> start.start(shop, name, in, awardPoints, user.actor()));
        worker.wake();
        String href = "/api/v1/shops/" + shopId + "/imports/" + job.id();
        return ResponseEntity.accepted().location(URI.create(href))
                .body(new ImportAccepted(job.id().toString(), job.status().name(), href));
    }

    @GetMapping
    ImportList list(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        return new ImportList(tx.read(() -> queries.recent(shop, 20)).stream().map(j -> dto(j, List.of())).toList());
    }

    @GetMapping("/{importId}")
    ImportDto job(@PathVariable UUID shopId, @PathVariable UUID importId) {
        ShopId shop = new ShopId(shopId);
        record Data(ImportJob job, List<PurchaseFile.Error> errors) {
        }
        Data data = tx.read(() -> new Data(queries.job(shop, importId),
                queries.errors(shop, importId, 0, ERRORS_SHOWN)));
        return dto(data.job(), data.errors());
    }

    /** Every skipped line as CSV ({@code line,reason}), streamed. */
    @GetMapping("/{importId}/errors.csv")
    @ApiResponse(responseCode = "200", description = "the skipped lines as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void errors(@PathVariable UUID shopId, @PathVariable UUID importId, HttpServletResponse response) {
        ShopId shop = new ShopId(shopId);
        tx.read(() -> queries.job(shop, importId));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-errors.csv\"");
        try (var csv = new CSVPrinter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader("line", "reason").get())) {
            long after = 0;
            while (true) {
                long from = after;
                var page = tx.read(() -> queries.errors(shop, importId, from, 5000));
                for (var e : page) {
                    csv.printRecord(e.line(), CsvCells.safe(e.reason()));
                }
                if (page.size() < 5000) {
                    break;
                }
                after = page.getLast().line();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportDto dto(ImportJob j, List<PurchaseFile.Error> errors) {
        return new ImportDto(j.id().toString(), j.status().name(), j.awardPoints(), j.fileName(), j.bytes(),
                j.rowsTotal(), j.rowsDone(), j.imported(), j.duplicates(), j.skipped(), j.customersCreated(),
                j.failure(), j.createdAt(), j.startedAt(), j.finishedAt(),
                errors.stream().map(e -> new ErrorDto(e.line(), e.reason())).toList());
    }
}
