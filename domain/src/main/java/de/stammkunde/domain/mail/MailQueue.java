package de.stammkunde.domain.mail;

import de.stammkunde.domain.outbox.Outbox;
import de.stammkunde.domain.outbox.OutboxMessage;
import de.stammkunde.domain.outbox.PayloadCodec;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.Map;

/**
 * Queues mail in the outbox, in the caller's transaction: the mail goes out exactly when the transaction commits,
 * once per shop and dedupe key. {@link MailSender} delivers it. A shop whose owner has not confirmed the address yet
 * mails nobody but the owner's confirmation: the rest is kept, held, and goes out once the address is confirmed.
 */
public final class MailQueue {
    public static final String TOPIC = "mail";

    /** What the outbox keeps of a mail besides its template (the payload type) and dedupe key. */
    record Payload(String recipient, String language, Map<String, String> params) {
    }

    /** Port: whether the shop's owner confirmed the address the shop signed up with. */
    @FunctionalInterface
    public interface VerifiedShops {
        boolean verified(ShopId shopId);
    }

    private final Outbox outbox;
    private final PayloadCodec codec;
    private final VerifiedShops verifiedShops;

    public MailQueue(Outbox outbox, PayloadCodec codec, VerifiedShops verifiedShops) {
        this.outbox = outbox;
        this.codec = codec;
        this.verifiedShops = verifiedShops;
    }

    /** False when the shop queued a mail with the same dedupe key before (nothing is queued then). */
    public boolean queue(OutgoingMail mail, Instant now, Actor actor) {
        OutboxMessage message = new OutboxMessage(mail.shopId(), mail.id(), TOPIC, mail.template().name(),
                mail.dedupeKey(), codec.encode(new Payload(mail.recipient(), mail.language().code(), mail.params())));
        if (mail.template().beforeVerification() || verifiedShops.verified(mail.shopId())) {
            return outbox.add(message, now, actor);
        }
        return outbox.addHeld(message, now, actor);
    }

    /** The shop's held mail goes out (its owner just confirmed the address); how many. */
    public int release(ShopId shopId, Instant now) {
        return outbox.release(shopId, TOPIC, now);
    }
}
