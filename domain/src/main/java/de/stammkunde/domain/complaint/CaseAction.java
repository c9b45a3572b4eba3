package de.stammkunde.domain.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Something promised in Vereinbaren and carried out in Liefern, with the day it is due (in the shop's zone). */
public record CaseAction(UUID id, String description, LocalDate dueOn, Instant plannedAt, String plannedBy,
                         @Nullable Instant doneAt, @Nullable String doneBy) {
    public boolean done() {
        return doneAt != null;
    }

    CaseAction completed(Instant at, String by) {
        return new CaseAction(id, description, dueOn, plannedAt, plannedBy, at, by);
    }
}
