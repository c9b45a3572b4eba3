package de.stammkunde.domain.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A claimed message: this is its {@code attempt}-th delivery (a claim counts, so a delivery that dies half-way
 * counts too), held until {@code until}. Marking it done or failed needs the {@code token}: a deliverer whose
 * lease ran out and whose message was claimed again cannot overwrite the newer attempt.
 */
public record Lease(OutboxMessage message, int attempt, UUID token, Instant until) {
}
