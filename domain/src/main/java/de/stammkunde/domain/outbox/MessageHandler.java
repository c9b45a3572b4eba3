package de.stammkunde.domain.outbox;

/** Delivers the outbox messages of some topics. */
public interface MessageHandler {
    boolean handles(String topic);

    /**
     * True: {@link #handle} runs in a transaction of its own that also marks the message done, so a handler that
     * only writes to the database takes effect exactly once. False: it runs outside any transaction (SMTP, HTTP)
     * and may run again for a message whose delivery died before it was marked done — at least once.
     */
    boolean transactional(String topic);

    /**
     * @throws DeliveryException when the message cannot be delivered now ({@code permanent}: never); any other
     *         runtime exception counts as a transient failure
     */
    void handle(OutboxMessage message);
}
