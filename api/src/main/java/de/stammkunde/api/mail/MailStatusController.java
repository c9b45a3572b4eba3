package de.stammkunde.api.mail;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.mail.MailOutbox;
import de.stammkunde.domain.mail.MailTransport;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The owner sees whether the shop's e-mails reach its customers: counts, and the mails that failed. */
@RestController
@PreAuthorize("hasRole('OWNER')")
class MailStatusController {
    static final int MAX_TROUBLES = 20;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TroubleDto(String id, String recipient, String template, boolean failed, int attempts, String lastError,
                      Instant queuedAt, @Nullable Instant nextAttemptAt) {
    }

    /** {@code delivery}: SMTP, or LOG when no mail server is configured (mails counted as sent only went to the log). */
    record MailStatus(String delivery, long pending, long sent, long failed, List<TroubleDto> troubles) {
    }

    record Retried(int requeued) {
    }

    private final MailOutbox outbox;
    private final String delivery;
    private final Transactions tx;
    private final Clock clock;

    MailStatusController(MailOutbox outbox, MailTransport transport, Transactions tx, Clock clock) {
        this.outbox = outbox;
        this.delivery = transport instanceof LogMailTransport ? "LOG" : "SMTP";
        this.tx = tx;
        this.clock = clock;
    }

    /** Sends the given-up mails again (after the mail server was fixed, say); they go out with the next run. */
    @PostMapping("/api/v1/shops/{shopId}/mail-status/retry")
    Retried retry(@PathVariable UUID shopId) {
        return new Retried(tx.write(() -> outbox.retryFailed(new ShopId(shopId), clock.instant())));
    }

    @GetMapping("/api/v1/shops/{shopId}/mail-status")
    MailStatus status(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> {
            MailOutbox.Counts counts = outbox.counts(shop);
            return new MailStatus(delivery, counts.pending(), counts.sent(), counts.failed(),
                    outbox.troubles(shop, MAX_TROUBLES).stream().map(t -> new TroubleDto(t.mailId().toString(),
                            t.recipient(), t.template().name(), t.failed(), t.attempts(), t.lastError(),
                            t.queuedAt(), t.nextAttemptAt())).toList());
        });
    }
}
