package de.stammkunde.api.mail;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.mail.MailOutbox;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    record MailStatus(long pending, long sent, long failed, List<TroubleDto> troubles) {
    }

    private final MailOutbox outbox;
    private final Transactions tx;

    MailStatusController(MailOutbox outbox, Transactions tx) {
        this.outbox = outbox;
        this.tx = tx;
    }

    @GetMapping("/api/v1/shops/{shopId}/mail-status")
    MailStatus status(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> {
            MailOutbox.Counts counts = outbox.counts(shop);
            return new MailStatus(counts.pending(), counts.sent(), counts.failed(),
                    outbox.troubles(shop, MAX_TROUBLES).stream().map(t -> new TroubleDto(t.mailId().toString(),
                            t.recipient(), t.template().name(), t.failed(), t.attempts(), t.lastError(),
                            t.queuedAt(), t.nextAttemptAt())).toList());
        });
    }
}
