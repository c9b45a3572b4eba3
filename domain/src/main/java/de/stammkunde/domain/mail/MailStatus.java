package de.stammkunde.domain.mail;

import de.stammkunde.domain.outbox.Outbox;
import de.stammkunde.domain.outbox.PayloadCodec;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Query and use case for the owner: how the shop's mail is doing, which mails fail, and sending given-up ones again. */
public final class MailStatus {
    public static final int MAX_TROUBLES = 20;

    /** A mail that failed at least once ({@code template} and {@code recipient} null when it cannot be read). */
    public record Trouble(UUID mailId, @Nullable String recipient, @Nullable MailTemplate template, boolean failed,
                          int attempts, String lastError, Instant queuedAt, @Nullable Instant nextAttemptAt) {
    }

    /** {@code reachesRecipients}: false when mails only go to the log (then "sent" means "logged"). */
    public record Summary(boolean reachesRecipients, Outbox.Counts counts, List<Trouble> troubles) {
    }

    private final Outbox outbox;
    private final PayloadCodec codec;
    private final MailTransport transport;
    private final Clock clock;

    public MailStatus(Outbox outbox, PayloadCodec codec, MailTransport transport, Clock clock) {
        this.outbox = outbox;
        this.codec = codec;
        this.transport = transport;
        this.clock = clock;
    }

    public Summary of(ShopId shopId) {
        return new Summary(transport.reachesRecipients(), outbox.counts(shopId, MailQueue.TOPIC),
                outbox.troubles(shopId, MailQueue.TOPIC, MAX_TROUBLES).stream().map(this::trouble).toList());
    }

    /** Queues the shop's given-up mails again; returns how many. */
    public int retryGivenUp(ShopId shopId) {
        return outbox.retryGivenUp(shopId, MailQueue.TOPIC, clock.instant());
    }

    private Trouble trouble(Outbox.Trouble t) {
        OutgoingMail mail;
        try {
            mail = MailSender.read(codec, t.message());
        } catch (RuntimeException e) {
            mail = null;
        }
        return new Trouble(t.message().id(), mail == null ? null : mail.recipient(),
                mail == null ? null : mail.template(), t.failed(), t.attempts(), t.lastError(), t.createdAt(),
                t.nextAttemptAt());
    }
}
