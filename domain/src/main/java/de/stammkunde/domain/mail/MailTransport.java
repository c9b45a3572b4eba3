package de.stammkunde.domain.mail;

/** Port: hands a mail to the mail server. */
public interface MailTransport {
    /** @throws MailDeliveryException when the server refused or could not be reached */
    void send(RenderedMail mail);
}
