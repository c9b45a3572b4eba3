package de.stammkunde.domain.complaint;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: the shop's complaint cases, their actions and timelines. */
public interface ComplaintCases {
    /** The next case number of the shop (1, 2, …), safe under concurrency. */
    long nextNumber(ShopId shopId);

    void add(ComplaintCase c, List<CaseEntry> entries);

    Optional<ComplaintCase> byId(ShopId shopId, UUID caseId);

    /** Like {@link #byId}, and holds the case until the transaction ends, so changes to one case queue up. */
    Optional<ComplaintCase> lockById(ShopId shopId, UUID caseId);

    /**
     * Stores the changed case (its {@code version} is one more than the stored one), its actions and the new
     * timeline entries. Fails with {@link IllegalStateException} if the stored version is not the one before.
     */
    void update(ComplaintCase c, List<CaseEntry> entries);

    /** Adds a line to the timeline that does not change the case (the system's automatic acknowledgement). */
    void appendEntry(ShopId shopId, UUID caseId, CaseEntry entry);

    /** The case's timeline, oldest first. */
    List<CaseEntry> timeline(ShopId shopId, UUID caseId);

    /**
     * Cases matching the filter with the customer's name. {@code oldestFirst}: ascending by number after the
     * cursor, else descending before it.
     */
    List<CaseListing> find(Filter filter, @Nullable Long cursor, int limit);

    /**
     * {@code open}: only open (true), only closed (false) or both (null); {@code assignee}: only that owner's;
     * {@code unassigned}: only cases without an owner; {@code customerId}: only that customer's.
     */
    record Filter(ShopId shopId, @Nullable Boolean open, @Nullable StaffId assignee, boolean unassigned,
                  @Nullable CustomerId customerId, boolean oldestFirst) {
    }

    /** How a case is named elsewhere (the approval queue, refunds): number, subject, the customer's name. */
    record CaseLabel(long number, String subject, String customerName) {
    }

    /** The labels of the shop's cases among {@code caseIds}; unknown ids are left out. */
    java.util.Map<UUID, CaseLabel> labels(ShopId shopId, java.util.Set<UUID> caseIds);

    /** A case in a list, with the customer's name for display. */
    record CaseListing(ComplaintCase complaint, String customerName) {
    }
}
