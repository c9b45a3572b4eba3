package de.stammkunde.domain.testing;

import de.stammkunde.domain.complaint.CaseEntry;
import de.stammkunde.domain.complaint.ComplaintCase;
import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.ShopId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public final class InMemoryComplaintCases implements ComplaintCases {
    private final Customers customers;
    private final Map<UUID, ComplaintCase> cases = new HashMap<>();
    private final Map<UUID, List<CaseEntry>> timelines = new HashMap<>();
    private final Map<ShopId, Long> numbers = new HashMap<>();

    public InMemoryComplaintCases(Customers customers) {
        this.customers = customers;
    }

    @Override
    public synchronized long nextNumber(ShopId shopId) {
        return numbers.merge(shopId, 1L, Long::sum);
    }

    @Override
    public synchronized void add(ComplaintCase c, List<CaseEntry> entries) {
        cases.put(c.id(), c);
        timelines.put(c.id(), new ArrayList<>(entries));
    }

    @Override
    public synchronized Optional<ComplaintCase> byId(ShopId shopId, UUID caseId) {
        return Optional.ofNullable(cases.get(caseId)).filter(c -> c.shopId().equals(shopId));
    }

    @Override
    public Optional<ComplaintCase> lockById(ShopId shopId, UUID caseId) {
        return byId(shopId, caseId);
    }

    @Override
    public synchronized void update(ComplaintCase c, List<CaseEntry> entries) {
        ComplaintCase stored = cases.get(c.id());
        if (stored == null || stored.version() != c.version() - 1) {
            throw new IllegalStateException("stale case " + c.id());
        }
        cases.put(c.id(), c);
        timelines.get(c.id()).addAll(entries);
    }

    @Override
    public synchronized void appendEntry(ShopId shopId, UUID caseId, CaseEntry entry) {
        byId(shopId, caseId).ifPresent(c -> timelines.get(caseId).add(entry));
    }

    @Override
    public synchronized List<CaseEntry> timeline(ShopId shopId, UUID caseId) {
        return byId(shopId, caseId).map(c -> List.copyOf(timelines.get(caseId))).orElse(List.of());
    }

    @Override
    public synchronized Map<UUID, CaseLabel> labels(ShopId shopId, java.util.Set<UUID> caseIds) {
        Map<UUID, CaseLabel> labels = new HashMap<>();
        caseIds.forEach(id -> byId(shopId, id).ifPresent(c -> labels.put(id, new CaseLabel(c.number(), c.subject(),
                customers.byId(shopId, c.customerId()).map(x -> x.firstName() + " " + x.lastName()).orElse("")))));
        return labels;
    }

    @Override
    public synchronized List<CaseListing> find(Filter f, @Nullable Long cursor, int limit) {
        Comparator<ComplaintCase> byNumber = Comparator.comparingLong(ComplaintCase::number);
        return cases.values().stream()
                .filter(c -> c.shopId().equals(f.shopId()))
                .filter(c -> f.open() == null || c.open() == f.open())
                .filter(c -> f.assignee() == null || f.assignee().equals(c.assigneeId()))
                .filter(c -> !f.unassigned() || c.assigneeId() == null)
                .filter(c -> f.customerId() == null || f.customerId().equals(c.customerId()))
                .filter(c -> cursor == null || (f.oldestFirst() ? c.number() > cursor : c.number() < cursor))
                .sorted(f.oldestFirst() ? byNumber : byNumber.reversed())
                .limit(limit)
                .map(c -> new CaseListing(c, customers.byId(c.shopId(), c.customerId())
                        .map(x -> x.firstName() + " " + x.lastName()).orElse("")))
                .toList();
    }
}
