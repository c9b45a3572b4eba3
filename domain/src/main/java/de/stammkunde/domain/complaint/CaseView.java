package de.stammkunde.domain.complaint;

/**
 * The case lists of the agent console. The open lists (mine, unassigned, open) show the longest-waiting first; the
 * closed and the full list the newest first.
 */
public enum CaseView {
    MINE, UNASSIGNED, OPEN, CLOSED, ALL;

    public boolean oldestFirst() {
        return this == MINE || this == UNASSIGNED || this == OPEN;
    }
}
