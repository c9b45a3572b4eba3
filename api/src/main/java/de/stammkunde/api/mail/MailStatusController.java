package de.stammkunde.api.mail;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.mail.MailStatus;
import de.stammkunde.domain.shared.ShopId;
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
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MailTroubleDto(String id, @Nullable String recipient, @Nullable String template, boolean failed,
                      int attempts, String lastError,
                      Instant queuedAt, @Nullable Instant nextAttemptAt) {
    }

    /**
     * {@code delivery}: SMTP, or LOG when no mail server is configured (mails counted as sent only went to the log);
     * {@code held}: mails kept until the owner confirmed the shop's address.
     */
    record MailStatusDto(String delivery, long pending, long sent, long failed, long held,
                         List<MailTroubleDto> troubles) {
    }

    record MailRetryDto(int requeued) {
    }

    private final MailStatus mailStatus;
    private final Transactions tx;

    MailStatusController(MailStatus mailStatus, Transactions tx) {
        this.mailStatus = mailStatus;
        this.tx = tx;
    }

    /** Sends the given-up mails again (after the mail server was fixed, say); they go out with the next run. */
    @PostMapping("/api/v1/shops/{shopId}/mail-status/retry")
    MailRetryDto retry(@PathVariable UUID shopId) {
        return new MailRetryDto(tx.write(() -> mailStatus.retryGivenUp(new ShopId(shopId))));
    }

    @GetMapping("/api/v1/shops/{shopId}/mail-status")
    MailStatusDto status(@PathVariable UUID shopId) {
        MailStatus.Summary summary = tx.read(() -> mailStatus.of(new ShopId(shopId)));
        return new MailStatusDto(summary.reachesRecipients() ? "SMTP" : "LOG", summary.counts().waiting(),
                summary.counts().done(), summary.counts().failed(), summary.counts().held(), summary.troubles().stream()
                .map(t -> new MailTroubleDto(t.mailId().toString(), t.recipient(),
                        t.template() == null ? null : t.template().name(), t.failed(), t.attempts(), t.lastError(),
                        t.queuedAt(), t.nextAttemptAt())).toList());
    }
}
