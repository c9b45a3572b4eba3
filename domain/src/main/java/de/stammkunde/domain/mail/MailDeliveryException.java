package de.stammkunde.domain.mail;

/**
 * Delivery failed. {@code permanent}: trying again cannot help (the address is invalid or the server rejected
 * it for good); otherwise the outbox retries later.
 */
public final class MailDeliveryException extends RuntimeException {
    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
