package de.stammkunde.domain.mail;

/** Port: turns a template and its parameters into text in the recipient's language. */
public interface MailRenderer {
    RenderedMail render(OutgoingMail mail);
}
