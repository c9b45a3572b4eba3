package de.stammkunde.domain.ledger;

/** What happened when an entry was posted. */
public sealed interface PostingResult {
    /** Appended; the balance after it. */
    record Posted(LedgerEntry entry, Balance balance) implements PostingResult {
    }

    /** An entry with the same idempotency key exists already; nothing changed. */
    record AlreadyPosted(Balance balance) implements PostingResult {
    }

    /** It would have made a balance negative; nothing changed. */
    record InsufficientBalance(Balance balance) implements PostingResult {
    }
}
