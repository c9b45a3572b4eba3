package de.stammkunde.domain.complaint;

import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads: the case lists of the console, one case with its timeline. */
public final class CaseQueries {
    private final Customers customers;
    private final ComplaintCases cases;
    private final StaffMembers staff;

    public CaseQueries(Customers customers, ComplaintCases cases, StaffMembers staff) {
        this.customers = customers;
        this.cases = cases;
        this.staff = staff;
    }

    /** Who can own a case: the shop's active staff, by name. */
    public List<StaffMember> assignees(ShopId shopId) {
        return staff.all(shopId).stream().filter(StaffMember::active)
                .sorted(java.util.Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The names of the shop's staff (also of former staff still named on old cases), by id. */
    public Map<StaffId, String> staffNames(ShopId shopId) {
        Map<StaffId, String> names = new HashMap<>();
        staff.all(shopId).forEach(m -> names.put(m.id(), m.name()));
        return names;
    }

    /** A case with everything that happened to it, oldest first. */
    public record CaseDetail(ComplaintCase complaint, String customerName, List<CaseEntry> timeline) {
    }

    /**
     * The list {@code view} as seen by staff member {@code viewer}, optionally of one customer (404 if the shop has
     * no such customer); {@code cursor}: the last case number of the page before.
     */
    public List<ComplaintCases.CaseListing> list(ShopId shopId, CaseView view, StaffId viewer,
                                                 @Nullable CustomerId customerId, @Nullable Long cursor, int limit) {
        if (customerId != null) {
            customers.byId(shopId, customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        }
        Boolean open = switch (view) {
            case MINE, UNASSIGNED, OPEN -> Boolean.TRUE;
            case CLOSED -> Boolean.FALSE;
            case ALL -> null;
        };
        return cases.find(new ComplaintCases.Filter(shopId, open, view == CaseView.MINE ? viewer : null,
                view == CaseView.UNASSIGNED, customerId, view.oldestFirst()), cursor, limit);
    }

    /** The customer's own cases, newest first (the portal's "my requests"). */
    public List<ComplaintCase> ofCustomer(ShopId shopId, CustomerId customerId, int limit) {
        return cases.find(new ComplaintCases.Filter(shopId, null, null, false, customerId, false), null, limit)
                .stream().map(ComplaintCases.CaseListing::complaint).toList();
    }

    /** Labels of the shop's cases among {@code caseIds} (unknown ids are left out), in one read. */
    public Map<UUID, ComplaintCases.CaseLabel> labels(ShopId shopId, java.util.Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? Map.of() : cases.labels(shopId, java.util.Set.copyOf(caseIds));
    }

    public CaseDetail detail(ShopId shopId, UUID caseId) {
        ComplaintCase c = cases.byId(shopId, caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        String name = customers.byId(shopId, c.customerId()).map(x -> (x.firstName() + " " + x.lastName()).strip())
                .orElse("");
        return new CaseDetail(c, name, cases.timeline(shopId, caseId));
    }
}
