package de.stammkunde.domain.complaint;

import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads: the case lists of the console, one case with its timeline. */
public final class CaseQueries {
    private final Customers customers;
    private final ComplaintCases cases;

    public CaseQueries(Customers customers, ComplaintCases cases) {
        this.customers = customers;
        this.cases = cases;
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

    public CaseDetail detail(ShopId shopId, UUID caseId) {
        ComplaintCase c = cases.byId(shopId, caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        String name = customers.byId(shopId, c.customerId()).map(x -> (x.firstName() + " " + x.lastName()).strip())
                .orElse("");
        return new CaseDetail(c, name, cases.timeline(shopId, caseId));
    }
}
