package de.stammkunde.api.complaint;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.complaint.AnswerSurvey;
import de.stammkunde.domain.complaint.Satisfaction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-up survey behind the mailed one-time link: no login, the token in the path is the only key. An unknown
 * or expired link is a 404; answering twice a 409.
 */
@RestController
@RequestMapping("/api/v1/surveys/{token}")
class SurveyController {
    /** What the page shows before the questions. */
    record SurveyDto(String shopName, String timeZone, long caseNumber, String subject, Instant closedAt,
                     boolean answered, Instant expiresAt) {
    }

    /** Quality and satisfaction 1–5, effort 1–7 (1 = very easy); each may be left out. */
    record SurveyAnswer(@Nullable @Min(1) @Max(5) Integer expectedQuality,
                        @Nullable @Min(1) @Max(5) Integer perceivedQuality,
                        @Nullable @Min(1) @Max(5) Integer satisfaction, @Nullable @Min(1) @Max(7) Integer effort,
                        @Nullable @Size(max = 4000) String comment) {
    }

    record SurveyAnswered(Instant answeredAt) {
    }

    private final AnswerSurvey answer;
    private final Transactions tx;

    SurveyController(AnswerSurvey answer, Transactions tx) {
        this.answer = answer;
        this.tx = tx;
    }

    @GetMapping
    SurveyDto open(@PathVariable String token) {
        var invitation = tx.read(() -> answer.open(token));
        return new SurveyDto(invitation.shopName(), invitation.timeZone(), invitation.caseNumber(), invitation.subject(),
                invitation.closedAt(), invitation.answered(), invitation.expiresAt());
    }

    /** Answered once: a repeated answer (a double click, a retry) is a 409 {@code survey-answered}. */
    @PostMapping
    SurveyAnswered answer(@PathVariable String token,
                          @Valid @RequestBody SurveyAnswer body) {
        return new SurveyAnswered(tx.write(() -> answer.answer(token, new Satisfaction(body.expectedQuality(),
                body.perceivedQuality(), body.satisfaction(), body.effort()), body.comment())).answeredAt());
    }
}
