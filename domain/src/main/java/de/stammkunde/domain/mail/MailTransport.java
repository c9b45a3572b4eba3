package de.stammkunde.domain.mail;

/** Port: hands a mail to the mail server. */
public interface MailTransport {
    /** @throws MailDeliveryException when the server refused or could not be reached */
    void send(RenderedMail mail);

    /** False when mails only go to the log (no mail server configured): "sent" then means "logged". */
    default boolean reachesRecipients() {
        return true;
    }
}
