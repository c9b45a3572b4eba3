package de.stammkunde.domain.complaint;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Use cases and report: the owner defines service standards; the compliance report shows, per standard and period,
 * the share of contacts or cases within the threshold against the target — overall, per channel and per agent —
 * and open cases about to breach a resolution standard are flagged.
 */
public final class ServiceStandardsDesk {
    public static final int MAX_STANDARDS = 20;
    public static final Duration MAX_THRESHOLD = Duration.ofDays(60);
    /** A case is about to breach once this share of its resolution time is used up. */
    public static final BigDecimal WARN_AT = new BigDecimal("0.75");

    /** The share within the threshold of some measurements (null share: nothing measured). */
    public record Share(long measured, long within, @Nullable BigDecimal percent) {
        static Share of(List<ServiceStandards.Measurement> measurements, Duration threshold) {
            long within = measurements.stream().filter(m -> m.took().compareTo(threshold) <= 0).count();
            BigDecimal percent = measurements.isEmpty() ? null : BigDecimal.valueOf(within * 100)
                    .divide(BigDecimal.valueOf(measurements.size()), 1, RoundingMode.HALF_UP);
            return new Share(measurements.size(), within, percent);
        }

        public @Nullable Boolean met(BigDecimal target) {
            return percent == null ? null : percent.compareTo(target) >= 0;
        }
    }

    /** One standard's compliance: overall, per channel, per agent (staff id; null: no agent recorded). */
    public record Compliance(ServiceStandard standard, Share overall, @Nullable Boolean met,
                             Map<Channel, Share> byChannel, Map<Optional<StaffId>, Share> byAgent) {
    }

    /** An open case and when its resolution standard is due; {@code breached} once due has passed. */
    public record AtRisk(UUID caseId, long number, String subject, Instant due, boolean breached,
                         ServiceStandard standard) {
    }

    private final ServiceStandards standards;
    private final ComplaintCases cases;
    private final Shops shops;
    private final AuditLog audit;
    private final Clock clock;

    public ServiceStandardsDesk(ServiceStandards standards, ComplaintCases cases, Shops shops, AuditLog audit,
                                Clock clock) {
        this.standards = standards;
        this.cases = cases;
        this.shops = shops;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ServiceStandard> all(ShopId shopId) {
        return standards.all(shopId);
    }

    public ServiceStandard add(ShopId shopId, String name, ServiceStandard.Metric metric, @Nullable Channel channel,
                               long thresholdMinutes, BigDecimal targetPercent, Actor actor) {
        if (name.isBlank()) {
            Decision.reject("standard-name-required", "name", "Name the standard").orThrow();
        }
        Duration threshold = Duration.ofMinutes(thresholdMinutes);
        if (thresholdMinutes < 1 || threshold.compareTo(MAX_THRESHOLD) > 0) {
            Decision.reject("standard-threshold", "thresholdMinutes", "From 1 minute to {0} days",
                    MAX_THRESHOLD.toDays()).orThrow();
        }
        if (targetPercent.compareTo(BigDecimal.ONE) < 0 || targetPercent.compareTo(new BigDecimal("99.9")) > 0
                || targetPercent.scale() > 1) {
            Decision.reject("standard-target", "targetPercent",
                    "A share from 1 to 99.9 % (a standard is never a rigid 100 %)").orThrow();
        }
        if (standards.all(shopId).size() >= MAX_STANDARDS) {
            Decision.conflict("too-many-standards", "name", "At most {0} standards", MAX_STANDARDS).orThrow();
        }
        ServiceStandard standard = new ServiceStandard(UUID.randomUUID(), name.strip(), metric, channel, threshold,
                targetPercent);
        standards.add(shopId, standard);
        audit.record(new AuditEvent(shopId, actor, "service-standard.added", "shop", shopId.value().toString(),
                Map.of("name", standard.name(), "metric", metric.name(), "threshold", threshold.toString(),
                        "target", targetPercent.toPlainString()), clock.instant()));
        return standard;
    }

    public void remove(ShopId shopId, UUID id, Actor actor) {
        if (!standards.remove(shopId, id)) {
            throw new NotFoundException("standard", id);
        }
        audit.record(new AuditEvent(shopId, actor, "service-standard.removed", "shop", shopId.value().toString(),
                Map.of("standard", id.toString()), clock.instant()));
    }

    /** The report for the days [{@code from}, {@code to}] in the shop's zone (at most a year). */
    public List<Compliance> report(ShopId shopId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusYears(1).isBefore(to)) {
            Decision.reject("report-period", "to", "A period of up to a year, ending after it starts").orThrow();
        }
        Shop shop = shops.byId(shopId).orElseThrow();
        Instant start = from.atStartOfDay(shop.timeZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(shop.timeZone()).toInstant();
        List<Compliance> report = new ArrayList<>();
        for (ServiceStandard s : standards.all(shopId)) {
            report.add(compliance(s, standards.measurements(shopId, s.metric(), s.channel(), start, end)));
        }
        return report;
    }

    /** The arithmetic, on given measurements. */
    public static Compliance compliance(ServiceStandard s, List<ServiceStandards.Measurement> measurements) {
        Share overall = Share.of(measurements, s.threshold());
        return new Compliance(s, overall, overall.met(s.targetPercent()),
                split(measurements, ServiceStandards.Measurement::channel, s.threshold()),
                split(measurements, m -> Optional.ofNullable(m.agent()), s.threshold()));
    }

    private static <K> Map<K, Share> split(List<ServiceStandards.Measurement> measurements,
                                           Function<ServiceStandards.Measurement, K> key, Duration threshold) {
        Map<K, List<ServiceStandards.Measurement>> groups = new LinkedHashMap<>();
        measurements.forEach(m -> groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
        Map<K, Share> shares = new LinkedHashMap<>();
        groups.forEach((k, list) -> shares.put(k, Share.of(list, threshold)));
        return shares;
    }

    /** Open cases past {@link #WARN_AT} of a resolution standard's time (or past it), soonest due first. */
    public List<AtRisk> atRisk(ShopId shopId) {
        List<ServiceStandard> resolution = standards.all(shopId).stream()
                .filter(s -> s.metric() == ServiceStandard.Metric.RESOLUTION).toList();
        if (resolution.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<AtRisk> risky = new ArrayList<>();
        for (ComplaintCases.CaseListing l : cases.find(new ComplaintCases.Filter(shopId, true, null, false, null,
                true), null, 1000)) {
            ComplaintCase c = l.complaint();
            resolution.stream().filter(s -> s.channel() == null || s.channel() == c.channel())
                    .min(Comparator.comparing(ServiceStandard::threshold))
                    .ifPresent(s -> {
                        Instant due = c.receivedAt().plus(s.threshold());
                        Instant warn = c.receivedAt().plusSeconds(new BigDecimal(s.threshold().toSeconds())
                                .multiply(WARN_AT).longValue());
                        if (!now.isBefore(warn)) {
                            risky.add(new AtRisk(c.id(), c.number(), c.subject(), due, now.isAfter(due), s));
                        }
                    });
        }
        risky.sort(Comparator.comparing(AtRisk::due));
        return risky;
    }
}
