package de.stammkunde.persistence.complaint;

import static de.stammkunde.persistence.jooq.Tables.COMPLAINT_ACTION;
import static de.stammkunde.persistence.jooq.Tables.COMPLAINT_CASE;
import static de.stammkunde.persistence.jooq.Tables.COMPLAINT_CASE_ENTRY;
import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.SHOP;

import de.stammkunde.domain.complaint.CaseAction;
import de.stammkunde.domain.complaint.CaseCategory;
import de.stammkunde.domain.complaint.CaseEntry;
import de.stammkunde.domain.complaint.CaseStep;
import de.stammkunde.domain.complaint.ComplaintCase;
import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.complaint.Satisfaction;
import de.stammkunde.domain.complaint.Severity;
import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.contact.CustomerType;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.persistence.jooq.tables.records.ComplaintActionRecord;
import de.stammkunde.persistence.jooq.tables.records.ComplaintCaseRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

final class JooqComplaintCases implements ComplaintCases {
    private final DSLContext dsl;

    JooqComplaintCases(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long nextNumber(ShopId shopId) {
        // Row lock on the shop row: concurrent complaints get consecutive, unique numbers.
        return dsl.update(SHOP)
                .set(SHOP.NEXT_CASE_NUMBER, SHOP.NEXT_CASE_NUMBER.plus(1))
                .where(SHOP.SHOP_ID.eq(shopId.value()))
                .returning(SHOP.NEXT_CASE_NUMBER)
                .fetchOptional()
                .map(r -> r.get(SHOP.NEXT_CASE_NUMBER) - 1)
                .orElseThrow(() -> new IllegalStateException("no shop " + shopId));
    }

    @Override
    public void add(ComplaintCase c, List<CaseEntry> entries) {
        ComplaintCaseRecord r = dsl.newRecord(COMPLAINT_CASE);
        r.setShopId(c.shopId().value());
        r.setCaseId(c.id());
        r.setNumber(c.number());
        r.setCustomerId(c.customerId().value());
        r.setSubject(c.subject());
        r.setDescription(c.description());
        r.setChannel(c.channel().name());
        r.setCustomerType(c.customerType() == null ? null : c.customerType().name());
        r.setReceivedAt(Timestamps.utc(c.receivedAt()));
        r.setOpenedAt(Timestamps.utc(c.openedAt()));
        r.setOpenedBy(c.openedBy());
        copyState(c, r);
        r.insert();
        writeActions(c);
        append(c, entries);
    }

    @Override
    public Optional<ComplaintCase> byId(ShopId shopId, UUID caseId) {
        return one(shopId, caseId, false);
    }

    @Override
    public Optional<ComplaintCase> lockById(ShopId shopId, UUID caseId) {
        return one(shopId, caseId, true);
    }

    private Optional<ComplaintCase> one(ShopId shopId, UUID caseId, boolean lock) {
        var select = dsl.selectFrom(COMPLAINT_CASE)
                .where(COMPLAINT_CASE.SHOP_ID.eq(shopId.value()), COMPLAINT_CASE.CASE_ID.eq(caseId));
        return (lock ? select.forUpdate().fetchOptional() : select.fetchOptional())
                .map(r -> toCase(r, actions(shopId, List.of(caseId)).getOrDefault(caseId, List.of())));
    }

    @Override
    public void update(ComplaintCase c, List<CaseEntry> entries) {
        ComplaintCaseRecord r = dsl.newRecord(COMPLAINT_CASE);
        copyState(c, r);
        r.changed(COMPLAINT_CASE.SHOP_ID, false);
        int updated = dsl.update(COMPLAINT_CASE)
                .set(r)
                .where(COMPLAINT_CASE.SHOP_ID.eq(c.shopId().value()), COMPLAINT_CASE.CASE_ID.eq(c.id()),
                        COMPLAINT_CASE.VERSION.eq(c.version() - 1))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("case " + c.id() + " was changed meanwhile (expected version "
                    + (c.version() - 1) + ")");
        }
        writeActions(c);
        append(c, entries);
    }

    @Override
    public void appendEntry(ShopId shopId, UUID caseId, CaseEntry entry) {
        byId(shopId, caseId).ifPresent(c -> append(c, List.of(entry)));
    }

    @Override
    public List<CaseEntry> timeline(ShopId shopId, UUID caseId) {
        return dsl.selectFrom(COMPLAINT_CASE_ENTRY)
                .where(COMPLAINT_CASE_ENTRY.SHOP_ID.eq(shopId.value()), COMPLAINT_CASE_ENTRY.CASE_ID.eq(caseId))
                .orderBy(COMPLAINT_CASE_ENTRY.SEQ)
                .fetch(e -> new CaseEntry(CaseEntry.Kind.valueOf(e.getKind()), e.getAt().toInstant(),
                        e.getByActor(), e.getText(), e.getAssigneeId() == null ? null : new StaffId(e.getAssigneeId())));
    }

    @Override
    public Map<UUID, CaseLabel> labels(ShopId shopId, java.util.Set<UUID> caseIds) {
        Map<UUID, CaseLabel> labels = new HashMap<>();
        dsl.select(COMPLAINT_CASE.CASE_ID, COMPLAINT_CASE.NUMBER, COMPLAINT_CASE.SUBJECT, CUSTOMER.FIRST_NAME,
                        CUSTOMER.LAST_NAME)
                .from(COMPLAINT_CASE)
                .join(CUSTOMER).on(CUSTOMER.SHOP_ID.eq(COMPLAINT_CASE.SHOP_ID),
                        CUSTOMER.CUSTOMER_ID.eq(COMPLAINT_CASE.CUSTOMER_ID))
                .where(COMPLAINT_CASE.SHOP_ID.eq(shopId.value()), COMPLAINT_CASE.CASE_ID.in(caseIds))
                .forEach(r -> labels.put(r.value1(), new CaseLabel(r.value2(), r.value3(),
                        (r.value4() + " " + r.value5()).strip())));
        return labels;
    }

    @Override
    public List<CaseListing> find(Filter f, @Nullable Long cursor, int limit) {
        Condition where = COMPLAINT_CASE.SHOP_ID.eq(f.shopId().value());
        if (f.open() != null) {
            where = where.and(f.open() ? COMPLAINT_CASE.STEP.ne(CaseStep.CLOSED.name())
                    : COMPLAINT_CASE.STEP.eq(CaseStep.CLOSED.name()));
        }
        if (f.assignee() != null) {
            where = where.and(COMPLAINT_CASE.ASSIGNEE_ID.eq(f.assignee().value()));
        }
        if (f.unassigned()) {
            where = where.and(COMPLAINT_CASE.ASSIGNEE_ID.isNull());
        }
        if (f.customerId() != null) {
            where = where.and(COMPLAINT_CASE.CUSTOMER_ID.eq(f.customerId().value()));
        }
        if (cursor != null) {
            where = where.and(f.oldestFirst() ? COMPLAINT_CASE.NUMBER.gt(cursor) : COMPLAINT_CASE.NUMBER.lt(cursor));
        }
        var rows = dsl.select(COMPLAINT_CASE.asterisk(), CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME)
                .from(COMPLAINT_CASE)
                .join(CUSTOMER).on(CUSTOMER.SHOP_ID.eq(COMPLAINT_CASE.SHOP_ID),
                        CUSTOMER.CUSTOMER_ID.eq(COMPLAINT_CASE.CUSTOMER_ID))
                .where(where)
                .orderBy(f.oldestFirst() ? COMPLAINT_CASE.NUMBER.asc() : COMPLAINT_CASE.NUMBER.desc())
                .limit(limit)
                .fetch();
        List<UUID> ids = rows.map(row -> row.get(COMPLAINT_CASE.CASE_ID));
        Map<UUID, List<CaseAction>> actions = actions(f.shopId(), ids);
        return rows.map(row -> new CaseListing(
                toCase(row.into(COMPLAINT_CASE), actions.getOrDefault(row.get(COMPLAINT_CASE.CASE_ID), List.of())),
                (row.get(CUSTOMER.FIRST_NAME) + " " + row.get(CUSTOMER.LAST_NAME)).strip()));
    }

    /** The mutable part of a case, into the record (insert and update alike). */
    private static void copyState(ComplaintCase c, ComplaintCaseRecord r) {
        r.setCategory(c.category().name());
        r.setSeverity(c.severity().name());
        r.setAssigneeId(c.assigneeId() == null ? null : c.assigneeId().value());
        r.setStep(c.step().name());
        r.setAcknowledgedAt(Timestamps.utcOrNull(c.acknowledgedAt()));
        r.setFacts(c.facts());
        r.setExpectation(c.expectation());
        r.setOptionsOffered(c.optionsOffered());
        r.setAgreement(c.agreement());
        r.setDeliveredAt(Timestamps.utcOrNull(c.deliveredAt()));
        r.setClosedAt(Timestamps.utcOrNull(c.closedAt()));
        Satisfaction s = c.satisfaction();
        r.setExpectedQuality(s.expectedQuality() == null ? null : s.expectedQuality().shortValue());
        r.setPerceivedQuality(s.perceivedQuality() == null ? null : s.perceivedQuality().shortValue());
        r.setSatisfaction(s.satisfaction() == null ? null : s.satisfaction().shortValue());
        r.setEffort(s.effort() == null ? null : s.effort().shortValue());
        r.setHandoffs(c.handoffs());
        r.setReopens(c.reopens());
        r.setVersion(c.version());
    }

    /** Actions are only added and completed: insert the new ones, record completion of the rest. */
    private void writeActions(ComplaintCase c) {
        for (int i = 0; i < c.actions().size(); i++) {
            CaseAction a = c.actions().get(i);
            dsl.insertInto(COMPLAINT_ACTION)
                    .set(COMPLAINT_ACTION.SHOP_ID, c.shopId().value())
                    .set(COMPLAINT_ACTION.ACTION_ID, a.id())
                    .set(COMPLAINT_ACTION.CASE_ID, c.id())
                    .set(COMPLAINT_ACTION.POSITION, i)
                    .set(COMPLAINT_ACTION.DESCRIPTION, a.description())
                    .set(COMPLAINT_ACTION.DUE_ON, a.dueOn())
                    .set(COMPLAINT_ACTION.PLANNED_AT, Timestamps.utc(a.plannedAt()))
                    .set(COMPLAINT_ACTION.PLANNED_BY, a.plannedBy())
                    .set(COMPLAINT_ACTION.DONE_AT, Timestamps.utcOrNull(a.doneAt()))
                    .set(COMPLAINT_ACTION.DONE_BY, a.doneBy())
                    .onConflict(COMPLAINT_ACTION.SHOP_ID, COMPLAINT_ACTION.ACTION_ID)
                    .doUpdate()
                    .set(COMPLAINT_ACTION.DONE_AT, Timestamps.utcOrNull(a.doneAt()))
                    .set(COMPLAINT_ACTION.DONE_BY, a.doneBy())
                    .where(COMPLAINT_ACTION.DONE_AT.isNull())
                    .execute();
        }
    }

    private void append(ComplaintCase c, List<CaseEntry> entries) {
        for (CaseEntry e : entries) {
            dsl.insertInto(COMPLAINT_CASE_ENTRY)
                    .set(COMPLAINT_CASE_ENTRY.SHOP_ID, c.shopId().value())
                    .set(COMPLAINT_CASE_ENTRY.CASE_ID, c.id())
                    .set(COMPLAINT_CASE_ENTRY.KIND, e.kind().name())
                    .set(COMPLAINT_CASE_ENTRY.AT, Timestamps.utc(e.at()))
                    .set(COMPLAINT_CASE_ENTRY.BY_ACTOR, e.by())
                    .set(COMPLAINT_CASE_ENTRY.TEXT, e.text())
                    .set(COMPLAINT_CASE_ENTRY.ASSIGNEE_ID, e.assignee() == null ? null : e.assignee().value())
                    .execute();
        }
    }

    private Map<UUID, List<CaseAction>> actions(ShopId shopId, List<UUID> caseIds) {
        Map<UUID, List<CaseAction>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        dsl.selectFrom(COMPLAINT_ACTION)
                .where(COMPLAINT_ACTION.SHOP_ID.eq(shopId.value()), COMPLAINT_ACTION.CASE_ID.in(caseIds))
                .orderBy(COMPLAINT_ACTION.CASE_ID, COMPLAINT_ACTION.POSITION)
                .forEach(a -> byCase.computeIfAbsent(a.getCaseId(), k -> new ArrayList<>()).add(toAction(a)));
        return byCase;
    }

    private static CaseAction toAction(ComplaintActionRecord a) {
        return new CaseAction(a.getActionId(), a.getDescription(), a.getDueOn(), a.getPlannedAt().toInstant(),
                a.getPlannedBy(), Timestamps.instantOrNull(a.getDoneAt()), a.getDoneBy());
    }

    private static ComplaintCase toCase(ComplaintCaseRecord r, List<CaseAction> actions) {
        return new ComplaintCase(new ShopId(r.getShopId()), r.getCaseId(), r.getNumber(),
                new CustomerId(r.getCustomerId()), r.getSubject(), r.getDescription(),
                CaseCategory.valueOf(r.getCategory()), Severity.valueOf(r.getSeverity()),
                Channel.valueOf(r.getChannel()),
                r.getCustomerType() == null ? null : CustomerType.valueOf(r.getCustomerType()),
                r.getReceivedAt().toInstant(), r.getOpenedAt().toInstant(), r.getOpenedBy(),
                r.getAssigneeId() == null ? null : new StaffId(r.getAssigneeId()), CaseStep.valueOf(r.getStep()),
                Timestamps.instantOrNull(r.getAcknowledgedAt()), r.getFacts(), r.getExpectation(),
                r.getOptionsOffered(), r.getAgreement(), Timestamps.instantOrNull(r.getDeliveredAt()),
                Timestamps.instantOrNull(r.getClosedAt()),
                new Satisfaction(toInt(r.getExpectedQuality()), toInt(r.getPerceivedQuality()),
                        toInt(r.getSatisfaction()), toInt(r.getEffort())),
                r.getHandoffs(), r.getReopens(), actions, r.getVersion());
    }

    private static @Nullable Integer toInt(@Nullable Short value) {
        return value == null ? null : value.intValue();
    }

}
