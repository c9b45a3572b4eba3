package de.stammkunde.domain.complaint;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.SecretTokens;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Use case: the customer opens the survey link (no login) and answers once. An unknown or expired link is a 404
 * (nothing says whether it ever existed); a second answer is a 409.
 */
public final class AnswerSurvey {
    /** What the survey page shows: whose shop, which case, whether it was answered already. */
    public record Invitation(String shopName, String timeZone, long caseNumber, String subject, Instant closedAt,
                             boolean answered, Instant expiresAt) {
    }

    private final Surveys surveys;
    private final ComplaintCases cases;
    private final Shops shops;
    private final Clock clock;

    public AnswerSurvey(Surveys surveys, ComplaintCases cases, Shops shops, Clock clock) {
        this.surveys = surveys;
        this.cases = cases;
        this.shops = shops;
        this.clock = clock;
    }

    public Invitation open(String token) {
        SatisfactionSurvey s = valid(surveys.byTokenHash(SecretTokens.hash(token)).orElse(null));
        ComplaintCase c = cases.byId(s.shopId(), s.caseId()).orElseThrow();
        var shop = shops.byId(s.shopId()).orElseThrow();
        return new Invitation(shop.name(), shop.timeZone().getId(), c.number(), c.subject(),
                c.closedAt() == null ? s.sentAt() : c.closedAt(), s.answered(), s.expiresAt());
    }

    public SatisfactionSurvey answer(String token, Satisfaction answer, @Nullable String comment) {
        CaseLifecycle.scores(answer);
        SatisfactionSurvey s = valid(surveys.lockByTokenHash(SecretTokens.hash(token)).orElse(null));
        if (s.answered()) {
            Decision.conflict("survey-answered", "token", "This survey was answered already").orThrow();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SatisfactionSurvey answered = new SatisfactionSurvey(s.shopId(), s.id(), s.caseId(), s.customerId(),
                s.sentAt(), s.expiresAt(), now, answer,
                comment == null || comment.isBlank() ? null : comment.strip());
        surveys.saveAnswer(answered);
        return answered;
    }

    private SatisfactionSurvey valid(@Nullable SatisfactionSurvey s) {
        if (s == null || s.expiresAt().isBefore(clock.instant())) {
            throw new NotFoundException("survey", "link");
        }
        return s;
    }
}
