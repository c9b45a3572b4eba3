package de.stammkunde.domain.mail;

/** A queued mail that is due, with the number of delivery attempts so far. */
public record QueuedMail(OutgoingMail mail, int attempts) {
}
