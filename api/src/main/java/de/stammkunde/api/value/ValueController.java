package de.stammkunde.api.value;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.api.web.CsvCells;
import de.stammkunde.domain.clv.BgNbdFit;
import de.stammkunde.domain.clv.GammaGammaFit;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.value.ClvRun;
import de.stammkunde.domain.value.CustomerScore;
import de.stammkunde.domain.value.FitModel;
import de.stammkunde.domain.value.ScoreCustomers;
import de.stammkunde.domain.value.ValueDashboard;
import de.stammkunde.domain.value.ValueFigures;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer value: the lifetime-value models fitted as of any date with their holdout check, scoring runs (nightly,
 * after an import, or on request, with progress), the owner's dashboard, the scored customers by segment (the list
 * to act on, also as CSV), and one customer's value for the agent's customer view.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}")
@PreAuthorize("hasRole('OWNER')")
class ValueController {
    record BgNbdDto(double r, double alpha, double a, double b, double logLikelihood, boolean converged) {
    }

    record GammaGammaDto(double p, double q, double gamma, double logLikelihood) {
    }

    record FrequencyDto(int frequency, long customers, double expected, double actual) {
    }

    record WeekDto(int week, LocalDate date, double expected, double actual) {
    }

    record HoldoutDto(double weeks, double calibrationWeeks, List<FrequencyDto> byFrequency,
                      List<WeekDto> cumulative) {
    }

    /** Parameters in weekly units ({@code timeUnit} WEEKS); {@code reason}: why there is no fit, in words. */
    record ModelDto(String timeUnit, LocalDate calibrationEnd, @Nullable LocalDate holdoutEnd, long customers,
                    long repeaters, @Nullable BgNbdDto bgnbd, @Nullable GammaGammaDto gammaGamma,
                    @Nullable String reason, @Nullable HoldoutDto holdout) {
    }

    /** {@code progress} 0 to 1; {@code reason}: which model and why, in words. */
    record RunDto(String id, String status, double progress, @Nullable String model, @Nullable String reason,
                  @Nullable String parameters, long customers, @Nullable String failure, Instant createdAt,
                  @Nullable Instant startedAt, @Nullable Instant finishedAt) {
    }

    record RunList(List<RunDto> items) {
    }

    record RunAccepted(String id, String status, String href) {
    }

    record ScoredDto(String customerId, long number, String name, @Nullable String email, String clv,
                     @Nullable Double pAlive, @Nullable String expectedPurchases, @Nullable String expectedValue,
                     String revenueToDate, String segment, @Nullable LocalDate lastPurchaseOn) {
    }

    record ScoredPage(long total, List<ScoredDto> items) {
    }

    record TopDto(String customerId, long number, String name, String clv, @Nullable Double pAlive, String segment) {
    }

    record BucketDto(String from, @Nullable String to, long customers) {
    }

    record ClvDto(String runId, String model, String reason, Instant computedAt, long customers, String total,
                  String average, String median, List<BucketDto> distribution, List<TopDto> top) {
    }

    record LiabilityDto(long points, @Nullable String value) {
    }

    record SegmentDto(String segment, long customers, String clv) {
    }

    record CohortDto(String cohort, long size, List<Double> retention) {
    }

    record RecipientsDto(long customers, String spent, @Nullable String averageClv,
                         @Nullable String averageRevenueAfter) {
    }

    record OthersDto(long customers, @Nullable String averageClv) {
    }

    record GoodwillDto(RecipientsDto recipients, OthersDto others) {
    }

    /** Money as decimal strings in {@code currency}; shares 0 to 1; a figure that cannot be computed is null. */
    record DashboardDto(String currency, LocalDate asOf, long members, long activeMembers, long buyers,
                        LiabilityDto pointsLiability, @Nullable Double redemptionRate, @Nullable ClvDto clv,
                        List<SegmentDto> segments, List<CohortDto> cohorts, GoodwillDto goodwill,
                        int horizonMonths) {
    }

    record CustomerValueDto(String currency, @Nullable String clv, @Nullable Double pAlive, @Nullable String segment,
                            @Nullable String model, @Nullable String expectedPurchases,
                            @Nullable String expectedValue, String revenueToDate, @Nullable Instant computedAt,
                            int horizonMonths) {
    }

    private final FitModel fitModel;
    private final ScoreCustomers scoring;
    private final ValueDashboard dashboard;
    private final ClvWorker worker;
    private final MessageSource messages;
    private final Transactions tx;

    ValueController(FitModel fitModel, ScoreCustomers scoring, ValueDashboard dashboard, ClvWorker worker,
                    MessageSource messages, Transactions tx) {
        this.fitModel = fitModel;
        this.scoring = scoring;
        this.dashboard = dashboard;
        this.worker = worker;
        this.messages = messages;
        this.tx = tx;
    }

    /**
     * BG/NBD and Gamma-Gamma fitted on purchases up to {@code calibrationEnd} (inclusive) by the customers whose first
     * purchase is on or before it; with {@code holdoutEnd}, expected against actual repeat purchases in the holdout.
     */
    @GetMapping("/analytics/clv/model")
    ModelDto model(@PathVariable UUID shopId,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate calibrationEnd,
                   @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                   LocalDate holdoutEnd) {
        var r = tx.read(() -> fitModel.fit(new ShopId(shopId), calibrationEnd, holdoutEnd));
        BgNbdFit b = r.bgnbd();
        GammaGammaFit g = r.gammaGamma();
        var h = r.holdout();
        return new ModelDto("WEEKS", r.calibrationEnd(), r.holdoutEnd(), r.customers(), r.repeaters(),
                b == null ? null : new BgNbdDto(b.parameters().r(), b.parameters().alpha(), b.parameters().a(),
                        b.parameters().b(), b.logLikelihood(), b.converged()),
                g == null ? null : new GammaGammaDto(g.parameters().p(), g.parameters().q(), g.parameters().gamma(),
                        g.logLikelihood()),
                r.reason() == null ? null : words(r.reason() + "|" + r.customers() + "|" + r.repeaters() + "|0"),
                h == null ? null : new HoldoutDto(h.weeks(), h.calibrationWeeks(),
                        h.byFrequency().stream().map(f -> new FrequencyDto(f.frequency(), f.customers(),
                                f.expected(), f.actual())).toList(),
                        h.cumulative().stream().map(w -> new WeekDto(w.week(), w.date(), w.expected(),
                                w.actual())).toList()));
    }

    /** Recomputes every customer's value now (202; the run reports its progress in the list below). */
    @PostMapping("/analytics/clv/runs")
    @ApiResponse(responseCode = "202", description = "the run is queued")
    ResponseEntity<RunAccepted> recompute(@PathVariable UUID shopId, @AuthenticationPrincipal StammkundeUser user) {
        ClvRun run = scoring.request(new ShopId(shopId), user.actor());
        worker.wake();
        String href = "/api/v1/shops/" + shopId + "/analytics/clv/runs";
        return ResponseEntity.accepted().location(URI.create(href))
                .body(new RunAccepted(run.id().toString(), run.status().name(), href));
    }

    @GetMapping("/analytics/clv/runs")
    RunList runs(@PathVariable UUID shopId) {
        return new RunList(tx.read(() -> scoring.recent(new ShopId(shopId), 10)).stream().map(this::run).toList());
    }

    @GetMapping("/analytics/dashboard")
    DashboardDto dashboard(@PathVariable UUID shopId) {
        var d = tx.read(() -> dashboard.dashboard(new ShopId(shopId)));
        var m = d.members();
        var l = d.liability();
        var c = d.clv();
        var g = d.goodwill();
        return new DashboardDto(d.currency(), d.asOf(), m.members(), m.active(), m.buyers(),
                new LiabilityDto(l.points(), l.pointValue() == null ? null
                        : l.pointValue().multiply(BigDecimal.valueOf(l.points())).setScale(2, RoundingMode.HALF_UP)
                                .toPlainString()),
                d.redemptionRate(),
                c == null ? null : new ClvDto(c.run().id().toString(), c.run().model(), words(c.run().reason()),
                        c.run().finishedAt(), c.stats().customers(), c.stats().total().toPlainString(),
                        c.stats().average().toPlainString(), c.stats().median().toPlainString(),
                        c.distribution().stream().map(b -> new BucketDto(b.from().toPlainString(),
                                b.to() == null ? null : b.to().toPlainString(), b.customers())).toList(),
                        c.top().stream().map(t -> new TopDto(t.customerId().toString(), t.number(), t.name(),
                                t.clv().toPlainString(), t.pAlive(), t.segment().name())).toList()),
                d.segments().stream().map(s -> new SegmentDto(s.segment().name(), s.customers(),
                        s.clv().toPlainString())).toList(),
                d.cohorts().stream().map(co -> new CohortDto(co.month().toString(), co.size(),
                        co.buyers().stream().map(n -> co.size() == 0 ? 0.0 : (double) n / co.size()).toList()))
                        .toList(),
                new GoodwillDto(new RecipientsDto(g.recipients(), g.spent().toPlainString(), text(g.averageClv()),
                        text(g.averageRevenueAfter())), new OthersDto(g.others(), text(g.othersClv()))),
                d.horizonMonths());
    }

    /** The scored customers (of a segment, or all), highest value first. */
    @GetMapping("/analytics/clv/customers")
    ScoredPage customers(@PathVariable UUID shopId,
                         @Parameter(description = "ACTIVE, AT_RISK or LIKELY_LOST")
                         @RequestParam(required = false) CustomerScore.@Nullable Segment segment,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(100_000_000) long offset) {
        var page = tx.read(() -> dashboard.customers(new ShopId(shopId), segment, limit, offset));
        return new ScoredPage(page.total(), page.items().stream().map(ValueController::scored).toList());
    }

    /** The whole segment as CSV (streamed page by page). */
    @GetMapping("/analytics/clv/customers.csv")
    @ApiResponse(responseCode = "200", description = "the customers as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void customersCsv(@PathVariable UUID shopId,
                      @RequestParam(required = false) CustomerScore.@Nullable Segment segment,
                      HttpServletResponse response) {
        ShopId shop = new ShopId(shopId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customers-"
                + (segment == null ? "all" : segment.name().toLowerCase(Locale.ROOT)) + ".csv\"");
        try (var csv = new CSVPrinter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader("customer_id", "number", "name", "email", "clv", "p_alive",
                        "expected_purchases", "expected_value", "revenue_to_date", "segment", "last_purchase_on")
                        .get())) {
            long offset = 0;
            while (true) {
                long from = offset;
                var page = tx.read(() -> dashboard.customers(shop, segment, 5000, from)).items();
                for (var s : page) {
                    csv.printRecord(s.customerId(), s.number(), CsvCells.safe(s.name()), CsvCells.safe(s.email()),
                            s.clv().toPlainString(), s.pAlive() == null ? "" : s.pAlive(),
                            s.expectedPurchases() == null ? "" : s.expectedPurchases().toPlainString(),
                            s.expectedValue() == null ? "" : s.expectedValue().toPlainString(),
                            s.revenueToDate().toPlainString(), s.segment(),
                            s.lastPurchaseOn() == null ? "" : s.lastPurchaseOn());
                }
                if (page.size() < 5000) {
                    break;
                }
                offset += page.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One customer's value (agents see it in the customer view). */
    @GetMapping("/customers/{customerId}/value")
    @PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
    CustomerValueDto customerValue(@PathVariable UUID shopId, @PathVariable UUID customerId) {
        var v = tx.read(() -> dashboard.customer(new ShopId(shopId), new CustomerId(customerId)));
        var s = v.score();
        return new CustomerValueDto(v.currency(), s == null ? null : s.clv().toPlainString(),
                s == null ? null : s.pAlive(), s == null ? null : s.segment().name(),
                s == null || v.run() == null ? null : v.run().model(),
                s == null ? null : text(s.expectedPurchases()), s == null ? null : text(s.expectedValue()),
                v.revenueToDate().toPlainString(), s == null || v.run() == null ? null : v.run().finishedAt(),
                v.horizonMonths());
    }

    private RunDto run(ClvRun r) {
        return new RunDto(r.id().toString(), r.status().name(), r.progress(), r.model(),
                r.reason() == null ? null : words(r.reason()), r.parameters(), r.customers(), r.failure(),
                r.createdAt(), r.startedAt(), r.finishedAt());
    }

    private static ScoredDto scored(ValueFigures.Scored s) {
        return new ScoredDto(s.customerId().toString(), s.number(), s.name(), s.email(), s.clv().toPlainString(),
                s.pAlive(), text(s.expectedPurchases()), text(s.expectedValue()), s.revenueToDate().toPlainString(),
                s.segment().name(), s.lastPurchaseOn());
    }

    /** A reason ({@code code|args…}) in the request's language. */
    private String words(@Nullable String reason) {
        if (reason == null) {
            return "";
        }
        String[] parts = reason.split("\\|", -1);
        Object[] args = java.util.Arrays.copyOfRange(parts, 1, parts.length);
        return messages.getMessage("value.reason." + parts[0], args, parts[0], LocaleContextHolder.getLocale());
    }

    private static @Nullable String text(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
