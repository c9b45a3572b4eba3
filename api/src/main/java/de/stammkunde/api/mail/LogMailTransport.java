package de.stammkunde.api.mail;

import de.stammkunde.domain.mail.MailTransport;
import de.stammkunde.domain.mail.RenderedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without a mail server (development, the demo): mails are written to the log instead of being sent. */
final class LogMailTransport implements MailTransport {
    private static final Logger log = LoggerFactory.getLogger(LogMailTransport.class);

    @Override
    public void send(RenderedMail mail) {
        // Development without a mail server: the log is the mailbox (links included, so they can be followed).
        log.info("Mail (no mail server configured, not sent) to {}: {}\n{}", mail.to(), mail.subject(), mail.text());
    }

    @Override
    public boolean reachesRecipients() {
        return false;
    }
}
