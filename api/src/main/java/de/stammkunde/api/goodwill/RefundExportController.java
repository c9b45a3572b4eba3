package de.stammkunde.api.goodwill;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.web.CsvCells;
import de.stammkunde.domain.complaint.CaseQueries;
import de.stammkunde.domain.goodwill.Gesture;
import de.stammkunde.domain.goodwill.GoodwillQueries;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.ShopQueries;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fee refunds for accounting, as CSV (RFC 4180, UTF-8, comma-separated, amounts with a decimal point, times in the
 * shop's zone): one row per refund given, paid or still to pay.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/goodwill/refunds.csv")
@PreAuthorize("hasRole('OWNER')")
class RefundExportController {
    static final String[] HEADER = {"refund_id", "case_id", "customer_id", "fee", "amount", "currency", "given_at",
            "given_by", "approved_by", "paid_at"};

    private final GoodwillQueries queries;
    private final CaseQueries cases;
    private final ShopQueries shops;
    private final Transactions tx;

    RefundExportController(GoodwillQueries queries, CaseQueries cases, ShopQueries shops, Transactions tx) {
        this.queries = queries;
        this.cases = cases;
        this.shops = shops;
        this.tx = tx;
    }

    /** Not bound to {@code Accept: text/csv}: a refusal (404, 403) stays a problem whatever the client accepts. */
    @GetMapping
    @ApiResponse(responseCode = "200", description = "the refunds as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> export(@PathVariable UUID shopId, @RequestParam(required = false) @Nullable Boolean paid) {
        ShopId shop = new ShopId(shopId);
        record Data(List<Gesture> refunds, Map<StaffId, String> names, ZoneId zone) {
        }
        Data data = tx.read(() -> new Data(queries.refunds(shop, paid), cases.staffNames(shop),
                shops.shop(shop).timeZone()));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Gesture g : data.refunds()) {
                csv.printRecord(g.id(), g.caseId(), g.customerId().value(), CsvCells.safe(g.description()),
                        g.cost().amount().toPlainString(), g.cost().currencyCode(),
                        g.issuedAt() == null ? "" : g.issuedAt().atZone(data.zone()).toOffsetDateTime(),
                        CsvCells.safe(data.names().getOrDefault(g.requestedBy(), "")),
                        g.decidedBy() == null ? "" : CsvCells.safe(data.names().getOrDefault(g.decidedBy(), "")),
                        g.refundPaidAt() == null ? "" : g.refundPaidAt().atZone(data.zone()).toOffsetDateTime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fee-refunds.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toString());
    }
}
