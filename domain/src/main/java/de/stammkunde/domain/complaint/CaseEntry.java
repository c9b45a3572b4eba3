package de.stammkunde.domain.complaint;

import de.stammkunde.domain.shared.StaffId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a case's timeline: what happened, when, by whom, with its text (the facts, the reason, the note);
 * {@code assignee}: the new owner, on {@code ASSIGNED} and {@code HANDED_OFF}.
 */
public record CaseEntry(Kind kind, Instant at, String by, @Nullable String text, @Nullable StaffId assignee) {
    public CaseEntry(Kind kind, Instant at, String by, @Nullable String text) {
        this(kind, at, by, text, null);
    }

    public enum Kind {
        OPENED, AUTO_ACKNOWLEDGED, ACKNOWLEDGED, UNDERSTOOD, AGREED, ACTION_PLANNED, ACTION_DONE, DELIVERED, CLOSED, REOPENED,
        ASSIGNED, HANDED_OFF, CLASSIFIED, NOTE
    }
}
