package de.stammkunde.domain.mail;

import de.stammkunde.domain.outbox.DeliveryException;
import de.stammkunde.domain.outbox.MessageHandler;
import de.stammkunde.domain.outbox.OutboxMessage;
import de.stammkunde.domain.outbox.PayloadCodec;
import de.stammkunde.domain.shared.Language;

/**
 * Delivers the outbox's mails: renders the template in the recipient's language and hands it to the mail server,
 * outside any transaction. A mail that cannot be read or written is given up at once (waiting will not help); the
 * server's failures are retried unless it refused for good.
 */
public final class MailSender implements MessageHandler {
    private final PayloadCodec codec;
    private final MailRenderer renderer;
    private final MailTransport transport;

    public MailSender(PayloadCodec codec, MailRenderer renderer, MailTransport transport) {
        this.codec = codec;
        this.renderer = renderer;
        this.transport = transport;
    }

    @Override
    public boolean handles(String topic) {
        return MailQueue.TOPIC.equals(topic);
    }

    @Override
    public boolean transactional(String topic) {
        return false;
    }

    @Override
    public void handle(OutboxMessage message) {
        RenderedMail rendered;
        try {
            rendered = renderer.render(read(codec, message));
        } catch (RuntimeException e) {
            throw new DeliveryException("cannot render: " + e.getMessage(), true, e);
        }
        transport.send(rendered);
    }

    /** The mail a message holds. @throws RuntimeException when it was written by another version or is damaged */
    static OutgoingMail read(PayloadCodec codec, OutboxMessage message) {
        MailQueue.Payload payload = codec.decode(message.payload(), MailQueue.Payload.class);
        return new OutgoingMail(message.shopId(), message.id(), message.dedupeKey(), payload.recipient(),
                Language.of(payload.language()).orElse(Language.DEFAULT), MailTemplate.valueOf(message.payloadType()),
                payload.params());
    }
}
