package de.stammkunde.domain.complaint;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a case's timeline: what happened, when, by whom, with its text (the facts, the reason, the note). */
public record CaseEntry(Kind kind, Instant at, String by, @Nullable String text) {
    public enum Kind {
        OPENED, ACKNOWLEDGED, UNDERSTOOD, AGREED, ACTION_PLANNED, ACTION_DONE, DELIVERED, CLOSED, REOPENED,
        ASSIGNED, HANDED_OFF, CLASSIFIED, NOTE
    }
}
