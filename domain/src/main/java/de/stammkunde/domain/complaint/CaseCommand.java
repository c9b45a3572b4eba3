package de.stammkunde.domain.complaint;

import de.stammkunde.domain.shared.StaffId;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What staff can do to a case; {@link CaseLifecycle} says whether it is allowed in the case's step. */
public sealed interface CaseCommand {
    /** Begrüßen → Verstehen: the customer has been greeted personally (the first response). */
    record Acknowledge(@Nullable String note) implements CaseCommand {
    }

    /** Verstehen → Vereinbaren: the facts and what the customer expects. */
    record Understand(String facts, String expectation) implements CaseCommand {
    }

    /** Vereinbaren → Liefern: the options offered and the one the customer confirmed. */
    record Agree(String optionsOffered, String agreement) implements CaseCommand {
    }

    /** In Liefern: promise an action by a day. */
    record PlanAction(String description, LocalDate dueOn) implements CaseCommand {
    }

    /** In Liefern: a promised action is done. */
    record CompleteAction(UUID actionId) implements CaseCommand {
    }

    /** Liefern → Abschließen: everything promised is done; nothing is left open. */
    record Deliver() implements CaseCommand {
    }

    /** Abschließen → closed: thanked, satisfaction checked. */
    record Close(Satisfaction satisfaction, @Nullable String note) implements CaseCommand {
    }

    /** Closed → Verstehen: the customer came back; the reason is recorded. */
    record Reopen(String reason) implements CaseCommand {
    }

    /** The case gets a new owner (taking it over or handing it on); a change of owner is a hand-off. */
    record Assign(StaffId assignee, @Nullable String note) implements CaseCommand {
    }

    /** Category and severity corrected while the case is open. */
    record Classify(CaseCategory category, Severity severity) implements CaseCommand {
    }

    /** A note on the timeline, in any step. */
    record Note(String text) implements CaseCommand {
    }
}
