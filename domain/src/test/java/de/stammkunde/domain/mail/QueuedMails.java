package de.stammkunde.domain.mail;

import de.stammkunde.domain.outbox.OutboxMessage;
import de.stammkunde.domain.outbox.PayloadCodec;

/** For tests: the mail an outbox message holds, read as the sender reads it. */
public final class QueuedMails {
    private QueuedMails() {
    }

    public static OutgoingMail read(PayloadCodec codec, OutboxMessage message) {
        return MailSender.read(codec, message);
    }
}
