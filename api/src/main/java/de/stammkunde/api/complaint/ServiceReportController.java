package de.stammkunde.api.complaint;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.complaint.CaseCategory;
import de.stammkunde.domain.complaint.Satisfaction;
import de.stammkunde.domain.complaint.ServiceReport;
import de.stammkunde.domain.servicereport.ServiceReportQuery;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The owner's service report: complaints, CSAT and effort over time, the satisfaction split, goodwill vs budget. */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/service-report")
@PreAuthorize("hasRole('OWNER')")
class ServiceReportController {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MonthDto(String month, long opened, long closed, @Nullable String satisfaction, @Nullable String effort,
                    long answers, String goodwill) {
    }

    record HandoffsDto(long cases, long total, @Nullable String perCase, long none, long once, long twiceOrMore) {
    }

    record ReportDto(LocalDate from, LocalDate to, String monthlyBudget, List<MonthDto> months,
                     Map<Satisfaction.Verdict, Long> verdicts, Map<CaseCategory, Long> byCategory,
                     Map<String, Long> byCustomerType, HandoffsDto handoffs) {
    }

    private final ServiceReportQuery reports;
    private final Transactions tx;

    ServiceReportController(ServiceReportQuery reports, Transactions tx) {
        this.reports = reports;
        this.tx = tx;
    }

    /** Days {@code from}–{@code to} inclusive in the shop's zone (at most two years); months in that zone. */
    @GetMapping
    ReportDto report(@PathVariable UUID shopId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        ServiceReport r = tx.read(() -> reports.report(new ShopId(shopId), from, to));
        ServiceReport.Handoffs h = r.handoffs();
        return new ReportDto(from, to, r.monthlyBudget().toPlainString(), r.months().stream().map(m -> new MonthDto(
                m.month().toString(), m.opened(), m.closed(), text(m.satisfaction()), text(m.effort()), m.answers(),
                m.goodwill().toPlainString())).toList(), r.verdicts(), r.byCategory(), r.byCustomerType(),
                new HandoffsDto(h.cases(), h.total(), text(h.perCase()), h.none(), h.once(), h.twiceOrMore()));
    }

    private static @Nullable String text(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
