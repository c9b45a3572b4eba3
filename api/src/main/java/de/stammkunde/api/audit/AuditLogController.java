package de.stammkunde.api.audit;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.audit.AuditQueries;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner reads the shop's audit log: who did what when, from which address — all of it or only the security
 * events (sign-ins and their failures, sessions ended, passwords, second factors, staff access, refused requests).
 */
@RestController
@PreAuthorize("hasRole('OWNER')")
class AuditLogController {
    /** Who: {@code kind} STAFF, CUSTOMER, API_KEY, SYSTEM, SIGNUP or ANONYMOUS; a staff member's current name. */
    record ActorDto(String kind, @Nullable String id, @Nullable String name) {
    }

    /** One line; {@code details} as recorded (e.g. {@code address}, {@code email}, {@code reason}). */
    record AuditEntryDto(long seq, Instant occurredAt, String action, boolean security, ActorDto actor,
                         String targetType, String targetId, Map<String, String> details) {
    }

    /** Latest first; {@code nextBefore}: pass as {@code before} for the older lines, null at the end. */
    record AuditLogPageDto(List<AuditEntryDto> items, @Nullable Long nextBefore) {
    }

    private final AuditQueries audit;
    private final StaffQueries staff;
    private final Transactions tx;

    AuditLogController(AuditQueries audit, StaffQueries staff, Transactions tx) {
        this.audit = audit;
        this.staff = staff;
        this.tx = tx;
    }

    @GetMapping("/api/v1/shops/{shopId}/audit-log")
    AuditLogPageDto page(@PathVariable UUID shopId,
                         @RequestParam(defaultValue = "ALL") AuditQueries.Category category,
                         @RequestParam(required = false) @Min(1) @Nullable Long before,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(AuditQueries.MAX_PAGE) int limit) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> {
            AuditQueries.Page page = audit.page(shop, category, before, limit);
            Map<UUID, String> names = staff.members(shop).stream()
                    .collect(Collectors.toMap(m -> m.id().value(), StaffMember::name));
            return new AuditLogPageDto(page.entries().stream().map(e -> entry(e, names)).toList(), page.nextBefore());
        });
    }

    private static AuditEntryDto entry(AuditLog.Entry entry, Map<UUID, String> staffNames) {
        var event = entry.event();
        var actor = event.actor();
        return new AuditEntryDto(entry.seq(), event.occurredAt(), event.action(),
                AuditQueries.isSecurity(event.action()),
                new ActorDto(actor.kind().name(), actor.id() == null ? null : actor.id().toString(),
                        actor.id() == null ? null : staffNames.get(actor.id())),
                event.targetType(), event.targetId(), event.details());
    }
}
