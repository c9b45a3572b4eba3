package de.stammkunde.domain.complaint;

/**
 * Where a case stands in the interaction cycle (DOMAIN.md §4). A case walks the five steps in order; {@code CLOSED}
 * follows the closing step, and reopening a closed case takes it back to {@code UNDERSTAND}.
 */
public enum CaseStep {
    /** Begrüßen: the complaint is in; acknowledge it. */
    GREET,
    /** Verstehen: gather the facts and the customer's expectation. */
    UNDERSTAND,
    /** Vereinbaren: offer options, agree on the outcome. */
    AGREE,
    /** Liefern: carry out what was promised, each action with its due date. */
    DELIVER,
    /** Abschließen: thank the customer, check satisfaction. */
    CLOSE,
    /** Done; the follow-up survey goes out. */
    CLOSED;

    public boolean open() {
        return this != CLOSED;
    }
}
