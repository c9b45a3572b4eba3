package de.stammkunde.domain.complaint;

import de.stammkunde.domain.complaint.CaseCommand.Acknowledge;
import de.stammkunde.domain.complaint.CaseCommand.Agree;
import de.stammkunde.domain.complaint.CaseCommand.Assign;
import de.stammkunde.domain.complaint.CaseCommand.Classify;
import de.stammkunde.domain.complaint.CaseCommand.Close;
import de.stammkunde.domain.complaint.CaseCommand.CompleteAction;
import de.stammkunde.domain.complaint.CaseCommand.Deliver;
import de.stammkunde.domain.complaint.CaseCommand.Note;
import de.stammkunde.domain.complaint.CaseCommand.PlanAction;
import de.stammkunde.domain.complaint.CaseCommand.Reopen;
import de.stammkunde.domain.complaint.CaseCommand.Understand;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.StaffId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The interaction cycle as a state machine: which command is allowed in which step, and what it changes. Pure: the
 * same case and command give the same outcome, and a refused command changes nothing (it throws a rejection naming
 * the field). The transitions:
 *
 * <pre>
 * GREET --Acknowledge--> UNDERSTAND --Understand--> AGREE --Agree--> DELIVER --Deliver--> CLOSE --Close--> CLOSED
 * CLOSED --Reopen--> UNDERSTAND
 * in DELIVER: PlanAction, CompleteAction (Deliver only when no action is open)
 * in every open step: Assign (a change of owner is a hand-off), Classify; in every step: Note
 * </pre>
 *
 * <p>One owner at a time: a step is worked by the case's owner; on an unassigned case the first to work it becomes
 * its owner (not a hand-off); someone else takes it over first (a hand-off). Reopening makes the reopener the owner.
 */
public final class CaseLifecycle {
    public static final int MAX_ACTIONS = 30;

    /** The case after the command and the timeline entries it adds. */
    public record Outcome(ComplaintCase after, List<CaseEntry> entries) {
    }

    private CaseLifecycle() {
    }

    /**
     * Applies {@code command} by staff member {@code actor} at {@code now}; {@code today} is the shop's date (due
     * dates are days in the shop's zone).
     */
    public static Outcome apply(ComplaintCase c, CaseCommand command, StaffId actor, Instant now, LocalDate today) {
        Draft d = new Draft(c);
        String by = Actor.staff(actor).describe();
        List<CaseEntry> entries = new ArrayList<>();
        switch (command) {
            case Note(String text) -> entries.add(new CaseEntry(CaseEntry.Kind.NOTE, now, by, required(text, "text")));
            case Reopen(String reason) -> {
                if (d.step != CaseStep.CLOSED) {
                    Decision.conflict("case-not-closed", "step", "Only a closed case can be reopened").orThrow();
                }
                String why = required(reason, "reason");
                changeOwner(d, actor, by, now, null, entries);
                d.step = CaseStep.UNDERSTAND;
                d.reopens++;
                d.deliveredAt = null;
                d.closedAt = null;
                d.satisfaction = Satisfaction.NONE;
                entries.add(new CaseEntry(CaseEntry.Kind.REOPENED, now, by, why));
            }
            case Assign(StaffId assignee, String note) -> {
                open(d);
                if (assignee.equals(d.assignee)) {
                    Decision.conflict("case-already-assigned", "assigneeId", "The case already belongs to them")
                            .orThrow();
                }
                changeOwner(d, assignee, by, now, blankToNull(note), entries);
            }
            case Classify(CaseCategory category, Severity severity) -> {
                open(d);
                if (category == d.category && severity == d.severity) {
                    Decision.conflict("case-classification-unchanged", "category",
                            "Category and severity are already set so").orThrow();
                }
                entries.add(new CaseEntry(CaseEntry.Kind.CLASSIFIED, now, by,
                        d.category + "/" + d.severity + " → " + category + "/" + severity));
                d.category = category;
                d.severity = severity;
            }
            case Acknowledge(String note) -> {
                work(d, CaseStep.GREET, actor, by, now, entries);
                if (d.acknowledgedAt == null) {
                    d.acknowledgedAt = now;
                }
                d.step = CaseStep.UNDERSTAND;
                entries.add(new CaseEntry(CaseEntry.Kind.ACKNOWLEDGED, now, by, blankToNull(note)));
            }
            case Understand(String facts, String expectation) -> {
                String f = required(facts, "facts");
                String e = required(expectation, "expectation");
                work(d, CaseStep.UNDERSTAND, actor, by, now, entries);
                d.facts = f;
                d.expectation = e;
                d.step = CaseStep.AGREE;
                entries.add(new CaseEntry(CaseEntry.Kind.UNDERSTOOD, now, by, f));
            }
            case Agree(String optionsOffered, String agreement) -> {
                String o = required(optionsOffered, "optionsOffered");
                String a = required(agreement, "agreement");
                work(d, CaseStep.AGREE, actor, by, now, entries);
                d.optionsOffered = o;
                d.agreement = a;
                d.step = CaseStep.DELIVER;
                entries.add(new CaseEntry(CaseEntry.Kind.AGREED, now, by, a));
            }
            case PlanAction(String description, LocalDate dueOn) -> {
                String text = required(description, "description");
                if (dueOn.isBefore(today)) {
                    Decision.reject("case-action-due-past", "dueOn", "An action cannot be due in the past").orThrow();
                }
                work(d, CaseStep.DELIVER, actor, by, now, entries);
                if (d.actions.size() >= MAX_ACTIONS) {
                    Decision.conflict("case-too-many-actions", "description", "A case holds at most {0} actions",
                            MAX_ACTIONS).orThrow();
                }
                d.actions.add(new CaseAction(UUID.randomUUID(), text, dueOn, now, by, null, null));
                entries.add(new CaseEntry(CaseEntry.Kind.ACTION_PLANNED, now, by, text + " (" + dueOn + ")"));
            }
            case CompleteAction(UUID actionId) -> {
                work(d, CaseStep.DELIVER, actor, by, now, entries);
                int index = indexOf(d.actions, actionId);
                CaseAction action = d.actions.get(index);
                if (action.done()) {
                    Decision.conflict("case-action-done", "actionId", "That action is already done").orThrow();
                }
                d.actions.set(index, action.completed(now, by));
                entries.add(new CaseEntry(CaseEntry.Kind.ACTION_DONE, now, by, action.description()));
            }
            case Deliver() -> {
                work(d, CaseStep.DELIVER, actor, by, now, entries);
                if (d.actions.stream().anyMatch(a -> !a.done())) {
                    Decision.conflict("case-actions-open", "actions",
                            "Nothing may be left open: finish every action first").orThrow();
                }
                d.deliveredAt = now;
                d.step = CaseStep.CLOSE;
                entries.add(new CaseEntry(CaseEntry.Kind.DELIVERED, now, by, null));
            }
            case Close(Satisfaction satisfaction, String note) -> {
                scores(satisfaction);
                work(d, CaseStep.CLOSE, actor, by, now, entries);
                d.satisfaction = satisfaction;
                d.closedAt = now;
                d.step = CaseStep.CLOSED;
                entries.add(new CaseEntry(CaseEntry.Kind.CLOSED, now, by, blankToNull(note)));
            }
        }
        return new Outcome(d.build(), List.copyOf(entries));
    }

    /** The step the case must be in, and the actor must own it (an unassigned case becomes the actor's). */
    private static void work(Draft d, CaseStep expected, StaffId actor, String by, Instant now,
                             List<CaseEntry> entries) {
        open(d);
        if (d.step != expected) {
            Decision.conflict("case-wrong-step", "step", "The case is in step {0}, this belongs to step {1}",
                    d.step, expected).orThrow();
        }
        if (d.assignee == null) {
            changeOwner(d, actor, by, now, null, entries);
        } else if (!d.assignee.equals(actor)) {
            Decision.conflict("case-owned-by-other", "assigneeId",
                    "Another staff member owns this case: take it over first").orThrow();
        }
    }

    private static void open(Draft d) {
        if (d.step == CaseStep.CLOSED) {
            Decision.conflict("case-closed", "step", "The case is closed: reopen it first").orThrow();
        }
    }

    /** First owner: ASSIGNED; a different owner after someone: HANDED_OFF, counted. */
    private static void changeOwner(Draft d, StaffId to, String by, Instant now, @Nullable String note,
                                    List<CaseEntry> entries) {
        if (to.equals(d.assignee)) {
            return;
        }
        if (d.assignee == null) {
            entries.add(new CaseEntry(CaseEntry.Kind.ASSIGNED, now, by, note, to));
        } else {
            d.handoffs++;
            entries.add(new CaseEntry(CaseEntry.Kind.HANDED_OFF, now, by, note, to));
        }
        d.assignee = to;
    }

    private static int indexOf(List<CaseAction> actions, UUID id) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new NotFoundException("action", id);
    }

    /** Quality and satisfaction 1–5, effort 1–7; the field names the score out of range. */
    static void scores(Satisfaction s) {
        score(s.expectedQuality(), 5, "expectedQuality");
        score(s.perceivedQuality(), 5, "perceivedQuality");
        score(s.satisfaction(), 5, "satisfaction");
        score(s.effort(), 7, "effort");
    }

    private static void score(@Nullable Integer value, int max, String field) {
        if (value != null && (value < 1 || value > max)) {
            Decision.reject("case-score-range", field, "A score from 1 to {0}", max).orThrow();
        }
    }

    static String required(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            Decision.reject("case-text-required", field, "This cannot be empty").orThrow();
        }
        return text.strip();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The case being changed; built into a new record (version + 1) when the command succeeded. */
    private static final class Draft {
        private final ComplaintCase c;
        CaseCategory category;
        Severity severity;
        @Nullable StaffId assignee;
        CaseStep step;
        @Nullable Instant acknowledgedAt;
        @Nullable String facts;
        @Nullable String expectation;
        @Nullable String optionsOffered;
        @Nullable String agreement;
        @Nullable Instant deliveredAt;
        @Nullable Instant closedAt;
        Satisfaction satisfaction;
        int handoffs;
        int reopens;
        final List<CaseAction> actions;

        Draft(ComplaintCase c) {
            this.c = c;
            category = c.category();
            severity = c.severity();
            assignee = c.assigneeId();
            step = c.step();
            acknowledgedAt = c.acknowledgedAt();
            facts = c.facts();
            expectation = c.expectation();
            optionsOffered = c.optionsOffered();
            agreement = c.agreement();
            deliveredAt = c.deliveredAt();
            closedAt = c.closedAt();
            satisfaction = c.satisfaction();
            handoffs = c.handoffs();
            reopens = c.reopens();
            actions = new ArrayList<>(c.actions());
        }

        ComplaintCase build() {
            return new ComplaintCase(c.shopId(), c.id(), c.number(), c.customerId(), c.subject(), c.description(),
                    category, severity, c.channel(), c.customerType(), c.receivedAt(), c.openedAt(), c.openedBy(),
                    assignee, step, acknowledgedAt, facts, expectation, optionsOffered, agreement, deliveredAt,
                    closedAt, satisfaction, handoffs, reopens, actions, c.version() + 1);
        }
    }
}
