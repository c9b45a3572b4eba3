package de.stammkunde.domain.mail;

/** A mail as it goes out: plain text in the recipient's language. */
public record RenderedMail(String to, String subject, String text) {
}
