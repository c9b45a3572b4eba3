package de.stammkunde.domain.outbox;

/**
 * A message could not be delivered. {@code permanent}: trying again cannot help (an unreadable payload, an address
 * the server rejected for good) and the message is given up; otherwise it is tried again later.
 */
public class DeliveryException extends RuntimeException {
    private final boolean permanent;

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
