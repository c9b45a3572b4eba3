package de.stammkunde.api.complaint;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.domain.complaint.CaseAction;
import de.stammkunde.domain.complaint.CaseCategory;
import de.stammkunde.domain.complaint.CaseEntry;
import de.stammkunde.domain.complaint.CaseQueries;
import de.stammkunde.domain.complaint.CaseStep;
import de.stammkunde.domain.complaint.ComplaintCase;
import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.complaint.Satisfaction;
import de.stammkunde.domain.complaint.Severity;
import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.contact.CustomerType;
import de.stammkunde.domain.shared.StaffId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the case endpoints answer. Staff are named by id and name; times are UTC instants. */
final class CaseDtos {
    private CaseDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StaffRef(String id, String name) {
        static @Nullable StaffRef of(@Nullable StaffId id, Map<StaffId, String> names) {
            return id == null ? null : new StaffRef(id.value().toString(), names.getOrDefault(id, ""));
        }
    }

    /** A case in a list: enough to pick it. {@code openActions}/{@code overdueActions}: of what was promised. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseSummary(String id, long number, String customerId, String customerName, String subject,
                       CaseCategory category, Severity severity, Channel channel, CaseStep step,
                       @Nullable StaffRef assignee, Instant receivedAt, @Nullable Instant closedAt, int handoffs,
                       int reopens, long openActions, @Nullable LocalDate nextDueOn) {
        static CaseSummary of(ComplaintCases.CaseListing l, Map<StaffId, String> names) {
            ComplaintCase c = l.complaint();
            LocalDate nextDue = c.actions().stream().filter(a -> !a.done()).map(CaseAction::dueOn)
                    .min(LocalDate::compareTo).orElse(null);
            return new CaseSummary(c.id().toString(), c.number(), c.customerId().value().toString(),
                    l.customerName(), c.subject(), c.category(), c.severity(), c.channel(), c.step(),
                    StaffRef.of(c.assigneeId(), names), c.receivedAt(), c.closedAt(), c.handoffs(), c.reopens(),
                    c.openActions(), nextDue);
        }
    }

    /** {@code cursor}: pass as {@code cursor} for the next page, when there may be one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CasePage(List<CaseSummary> items, @Nullable String cursor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActionDto(String id, String description, LocalDate dueOn, Instant plannedAt, @Nullable Instant doneAt) {
        static ActionDto of(CaseAction a) {
            return new ActionDto(a.id().toString(), a.description(), a.dueOn(), a.plannedAt(), a.doneAt());
        }
    }

    /** One line of the timeline; {@code by}: who (a staff member's name, the customer, or the system). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryDto(CaseEntry.Kind kind, Instant at, String by, @Nullable String text, @Nullable StaffRef assignee) {
    }

    /**
     * {@code verdict}: dissatisfied / satisfied / highly satisfied from the gap between perceived and expected
     * quality, when both are known.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SatisfactionDto(@Nullable Integer expectedQuality, @Nullable Integer perceivedQuality,
                           @Nullable Integer satisfaction, @Nullable Integer effort,
                           Satisfaction.@Nullable Verdict verdict) {
        static SatisfactionDto of(Satisfaction s) {
            return new SatisfactionDto(s.expectedQuality(), s.perceivedQuality(), s.satisfaction(), s.effort(),
                    s.verdict());
        }
    }

    /** A case with everything recorded on it; {@code version} counts its changes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseDto(String id, long number, String customerId, String customerName, String subject,
                   @Nullable String description, CaseCategory category, Severity severity, Channel channel,
                   @Nullable CustomerType customerType, CaseStep step, @Nullable StaffRef assignee,
                   Instant receivedAt, Instant openedAt, @Nullable Instant acknowledgedAt, @Nullable String facts,
                   @Nullable String expectation, @Nullable String optionsOffered, @Nullable String agreement,
                   @Nullable Instant deliveredAt, @Nullable Instant closedAt, SatisfactionDto satisfaction,
                   int handoffs, int reopens, List<ActionDto> actions, List<EntryDto> timeline, long version) {
        static CaseDto of(CaseQueries.CaseDetail d, Map<StaffId, String> names) {
            ComplaintCase c = d.complaint();
            return new CaseDto(c.id().toString(), c.number(), c.customerId().value().toString(), d.customerName(),
                    c.subject(), c.description(), c.category(), c.severity(), c.channel(), c.customerType(),
                    c.step(), StaffRef.of(c.assigneeId(), names), c.receivedAt(), c.openedAt(),
                    c.acknowledgedAt(), c.facts(), c.expectation(), c.optionsOffered(), c.agreement(),
                    c.deliveredAt(), c.closedAt(), SatisfactionDto.of(c.satisfaction()), c.handoffs(), c.reopens(),
                    c.actions().stream().map(ActionDto::of).toList(),
                    d.timeline().stream().map(e -> new EntryDto(e.kind(), e.at(), who(e.by(), d, names), e.text(),
                            StaffRef.of(e.assignee(), names))).toList(),
                    c.version());
        }

        /** {@code staff:<id>} → the name; {@code customer:<id>} → the customer's name; else the kind. */
        private static String who(String by, CaseQueries.CaseDetail d, Map<StaffId, String> names) {
            if (by.startsWith("staff:")) {
                try {
                    return names.getOrDefault(new StaffId(java.util.UUID.fromString(by.substring(6))), "");
                } catch (IllegalArgumentException notAnId) {
                    return "";
                }
            }
            return by.startsWith("customer:") ? d.customerName() : by;
        }
    }

    record AssigneeDto(String id, String name, String role) {
    }

    record AssigneeList(List<AssigneeDto> items) {
    }
}
