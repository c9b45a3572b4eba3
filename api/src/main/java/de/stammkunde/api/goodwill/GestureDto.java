package de.stammkunde.api.goodwill;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.domain.goodwill.Gesture;
import de.stammkunde.domain.goodwill.GestureKind;
import de.stammkunde.domain.shared.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import de.stammkunde.domain.complaint.ComplaintCases;
import org.jspecify.annotations.Nullable;

/**
 * A gesture of goodwill: its kind and details, {@code cost} in {@code currency}, {@code status} (ISSUED,
 * PENDING_APPROVAL, REJECTED), the limits it was above, who asked and who decided.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GestureDto(String id, String caseId, @Nullable Long caseNumber, @Nullable String caseSubject,
                  String customerId, @Nullable String customerName, GestureKind kind, @Nullable Long points,
                  @Nullable String rewardId, @Nullable String voucherId, @Nullable String subscriptionId,
                  @Nullable Integer months, @Nullable String description, String cost, String currency,
                  Gesture.Status status, List<Gesture.Limit> overLimits, String requestedById,
                  String requestedByName, Instant requestedAt, @Nullable String decidedByName,
                  @Nullable Instant decidedAt, @Nullable String decisionReason, @Nullable Instant issuedAt,
                  @Nullable Instant refundPaidAt) {
    static GestureDto of(Gesture g, Map<StaffId, String> names, Map<UUID, ComplaintCases.CaseLabel> cases) {
        ComplaintCases.CaseLabel c = cases.get(g.caseId());
        return new GestureDto(g.id().toString(), g.caseId().toString(), c == null ? null : c.number(),
                c == null ? null : c.subject(), g.customerId().value().toString(),
                c == null ? null : c.customerName(), g.kind(),
                g.points(), g.rewardId() == null ? null : g.rewardId().toString(),
                g.voucherId() == null ? null : g.voucherId().toString(),
                g.subscriptionId() == null ? null : g.subscriptionId().toString(), g.months(), g.description(),
                g.cost().amount().toPlainString(), g.cost().currencyCode(), g.status(), g.overLimits(),
                g.requestedBy().value().toString(), names.getOrDefault(g.requestedBy(), ""), g.requestedAt(),
                g.decidedBy() == null ? null : names.getOrDefault(g.decidedBy(), ""), g.decidedAt(),
                g.decisionReason(), g.issuedAt(), g.refundPaidAt());
    }

    record GestureList(List<GestureDto> items) {
    }
}
