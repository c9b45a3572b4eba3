package de.stammkunde.api.complaint;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.complaint.CaseQueries;
import de.stammkunde.domain.complaint.ServiceStandard;
import de.stammkunde.domain.complaint.ServiceStandardsDesk;
import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service standards: the owner defines them; the compliance report per period, channel and agent; open cases about
 * to breach a resolution standard (agents see those too: they act on them).
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/service-standards")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class ServiceStandardController {
    /** {@code channel}: absent for every channel; {@code targetPercent}: 1–99.9. */
    record StandardInput(@NotBlank @Size(max = 200) String name, @NotNull ServiceStandard.Metric metric,
                         @Nullable Channel channel, @Min(1) @Max(86_400) long thresholdMinutes,
                         @NotNull BigDecimal targetPercent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StandardDto(String id, String name, ServiceStandard.Metric metric, @Nullable Channel channel,
                       long thresholdMinutes, String targetPercent) {
        static StandardDto of(ServiceStandard s) {
            return new StandardDto(s.id().toString(), s.name(), s.metric(), s.channel(), s.threshold().toMinutes(),
                    s.targetPercent().toPlainString());
        }
    }

    record StandardList(List<StandardDto> items) {
    }

    /** {@code percent}: within the threshold, one decimal; absent when nothing was measured. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ShareDto(long measured, long within, @Nullable String percent) {
        static ShareDto of(ServiceStandardsDesk.Share s) {
            return new ShareDto(s.measured(), s.within(), s.percent() == null ? null : s.percent().toPlainString());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AgentShare(@Nullable String agentId, @Nullable String agentName, ShareDto share) {
    }

    record ChannelShare(Channel channel, ShareDto share) {
    }

    /** {@code met}: the overall share reached the target (absent when nothing was measured). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ComplianceDto(StandardDto standard, ShareDto overall, @Nullable Boolean met,
                         List<ChannelShare> byChannel, List<AgentShare> byAgent) {
    }

    record Report(LocalDate from, LocalDate to, List<ComplianceDto> standards) {
    }

    record AtRiskDto(String caseId, long number, String subject, Instant due, boolean breached,
                     String standardName) {
    }

    record AtRiskList(List<AtRiskDto> items) {
    }

    private final ServiceStandardsDesk desk;
    private final CaseQueries cases;
    private final Transactions tx;

    ServiceStandardController(ServiceStandardsDesk desk, CaseQueries cases, Transactions tx) {
        this.desk = desk;
        this.cases = cases;
        this.tx = tx;
    }

    @GetMapping
    StandardList all(@PathVariable UUID shopId) {
        return new StandardList(tx.read(() -> desk.all(new ShopId(shopId))).stream().map(StandardDto::of).toList());
    }

    @PostMapping
    @PreAuthorize("hasRole('OWNER')")
    @ResponseStatus(HttpStatus.CREATED)
    StandardDto add(@PathVariable UUID shopId, @Valid @RequestBody StandardInput body,
                    @AuthenticationPrincipal StammkundeUser user) {
        return StandardDto.of(tx.write(() -> desk.add(new ShopId(shopId), body.name(), body.metric(),
                body.channel(), body.thresholdMinutes(), body.targetPercent(), user.actor())));
    }

    @DeleteMapping("/{standardId}")
    @PreAuthorize("hasRole('OWNER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID shopId, @PathVariable UUID standardId,
                @AuthenticationPrincipal StammkundeUser user) {
        tx.run(() -> desk.remove(new ShopId(shopId), standardId, user.actor()));
    }

    /** Compliance for the days {@code from}–{@code to} (inclusive, the shop's zone; at most a year). */
    @GetMapping("/report")
    @PreAuthorize("hasRole('OWNER')")
    Report report(@PathVariable UUID shopId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> {
            Map<StaffId, String> names = cases.staffNames(shop);
            return new Report(from, to, desk.report(shop, from, to).stream().map(c -> new ComplianceDto(
                    StandardDto.of(c.standard()), ShareDto.of(c.overall()), c.met(),
                    c.byChannel().entrySet().stream().map(e -> new ChannelShare(e.getKey(),
                            ShareDto.of(e.getValue()))).toList(),
                    c.byAgent().entrySet().stream().map(e -> new AgentShare(
                            e.getKey().map(id -> id.value().toString()).orElse(null),
                            e.getKey().map(id -> names.getOrDefault(id, "")).orElse(null),
                            ShareDto.of(e.getValue()))).toList())).toList());
        });
    }

    /** Open cases past three quarters of a resolution standard's time, or past it; soonest due first. */
    @GetMapping("/at-risk")
    AtRiskList atRisk(@PathVariable UUID shopId) {
        return new AtRiskList(tx.read(() -> desk.atRisk(new ShopId(shopId))).stream()
                .map(r -> new AtRiskDto(r.caseId().toString(), r.number(), r.subject(), r.due(), r.breached(),
                        r.standard().name())).toList());
    }
}
