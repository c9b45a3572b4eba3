package de.stammkunde.domain.mail;

import de.stammkunde.domain.outbox.DeliveryException;

/**
 * The mail server did not take the mail. {@code permanent}: trying again cannot help (the address is invalid or the
 * server rejected it for good); otherwise the outbox retries later.
 */
public final class MailDeliveryException extends DeliveryException {
    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, permanent, cause);
    }
}
