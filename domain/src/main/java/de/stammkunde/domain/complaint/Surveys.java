package de.stammkunde.domain.complaint;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: satisfaction surveys. */
public interface Surveys {
    /** A closed case without a survey yet, closed in the window: to be surveyed. */
    record Due(ShopId shopId, UUID caseId, CustomerId customerId, Instant closedAt) {
    }

    /** Cases closed in [{@code from}, {@code until}) with no survey yet, oldest first, at most {@code limit}. */
    List<Due> due(Instant from, Instant until, int limit);

    /** Adds the survey with its token's hash; false when the case has one already (nothing is added). */
    boolean add(SatisfactionSurvey survey, String tokenHash);

    Optional<SatisfactionSurvey> byTokenHash(String tokenHash);

    /** Held until the transaction ends: one answer wins. */
    Optional<SatisfactionSurvey> lockByTokenHash(String tokenHash);

    void saveAnswer(SatisfactionSurvey answered);

    Optional<SatisfactionSurvey> ofCase(ShopId shopId, UUID caseId);
}
