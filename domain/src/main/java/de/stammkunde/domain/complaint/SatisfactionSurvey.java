package de.stammkunde.domain.complaint;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up survey of a closed case (DOMAIN.md §4: one or two days after closing): mailed once per case with a
 * one-time link (only its hash is stored; {@code id} derives the token), answered once without logging in before
 * {@code expiresAt}. The answer: expected and perceived quality, satisfaction (CSAT), effort (CES), a comment.
 */
public record SatisfactionSurvey(ShopId shopId, UUID id, UUID caseId, CustomerId customerId, Instant sentAt,
                                 Instant expiresAt, @Nullable Instant answeredAt, Satisfaction answer,
                                 @Nullable String comment) {
    public boolean answered() {
        return answeredAt != null;
    }
}
