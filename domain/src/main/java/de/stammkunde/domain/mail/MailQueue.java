package de.stammkunde.domain.mail;

import de.stammkunde.domain.outbox.Outbox;
import de.stammkunde.domain.outbox.OutboxMessage;
import de.stammkunde.domain.outbox.PayloadCodec;
import de.stammkunde.domain.shared.Actor;
import java.time.Instant;
import java.util.Map;

/**
 * Queues mail in the outbox, in the caller's transaction: the mail goes out exactly when the transaction commits,
 * once per shop and dedupe key. {@link MailSender} delivers it.
 */
public final class MailQueue {
    public static final String TOPIC = "mail";

    /** What the outbox keeps of a mail besides its template (the payload type) and dedupe key. */
    record Payload(String recipient, String language, Map<String, String> params) {
    }

    private final Outbox outbox;
    private final PayloadCodec codec;

    public MailQueue(Outbox outbox, PayloadCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    /** False when the shop queued a mail with the same dedupe key before (nothing is queued then). */
    public boolean queue(OutgoingMail mail, Instant now, Actor actor) {
        return outbox.add(new OutboxMessage(mail.shopId(), mail.id(), TOPIC, mail.template().name(),
                mail.dedupeKey(), codec.encode(new Payload(mail.recipient(), mail.language().code(), mail.params()))),
                now, actor);
    }
}
