package de.stammkunde.api.mail;

import de.stammkunde.domain.mail.MailDeliveryException;
import de.stammkunde.domain.mail.MailTransport;
import de.stammkunde.domain.mail.RenderedMail;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
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
        } catch (MailSendException e) {
            throw new MailDeliveryException(e.getMessage(), isRejectedRecipient(e), e);
        } catch (MailAuthenticationException e) {
            throw new MailDeliveryException("the mail server refused our login: " + e.getMessage(), false, e);
        } catch (MailException e) {
            throw new MailDeliveryException(e.getMessage(), false, e);
        }
    }

    /** A 5xx answer about the recipient: the address will not start working by waiting. */
    private static boolean isRejectedRecipient(MailSendException e) {
        for (Exception failure : e.getFailedMessages().values()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof jakarta.mail.SendFailedException sendFailed
                        && sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
