package de.stammkunde.api.mail;

import de.stammkunde.domain.mail.MailDeliveryException;
import de.stammkunde.domain.mail.MailTransport;
import de.stammkunde.domain.mail.RenderedMail;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the configured SMTP server ({@code spring.mail.*}). */
final class SmtpMailTransport implements MailTransport {
    private final JavaMailSender sender;
    private final String from;

    SmtpMailTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(RenderedMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        try {
            sender.send(message);
        } catch (MailParseException | MailPreparationException e) {
            throw new MailDeliveryException("cannot be sent: " + e.getMessage(), true, e);
        } catch (MailAuthenticationException e) {
            throw new MailDeliveryException("the mail server refused our login: " + e.getMessage(), false, e);
        } catch (MailException e) {
            // Also a 5xx "relaying denied" or "user unknown": a configuration error looks the same as a bad
            // address, so nothing is given up before the retries run out (and the owner can send failed ones again).
            throw new MailDeliveryException(e.getMessage(), false, e);
        }
    }
}
