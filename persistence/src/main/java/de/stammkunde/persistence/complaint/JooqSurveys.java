package de.stammkunde.persistence.complaint;

import static de.stammkunde.persistence.jooq.Tables.COMPLAINT_CASE;
import static de.stammkunde.persistence.jooq.Tables.SATISFACTION_SURVEY;

import de.stammkunde.domain.complaint.CaseStep;
import de.stammkunde.domain.complaint.SatisfactionSurvey;
import de.stammkunde.domain.complaint.Satisfaction;
import de.stammkunde.domain.complaint.Surveys;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.SatisfactionSurveyRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

final class JooqSurveys implements Surveys {
    private final DSLContext dsl;

    JooqSurveys(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Due> due(Instant from, Instant until, int limit) {
        return dsl.select(COMPLAINT_CASE.SHOP_ID, COMPLAINT_CASE.CASE_ID, COMPLAINT_CASE.CUSTOMER_ID,
                        COMPLAINT_CASE.CLOSED_AT)
                .from(COMPLAINT_CASE)
                .where(COMPLAINT_CASE.STEP.eq(CaseStep.CLOSED.name()),
                        COMPLAINT_CASE.CLOSED_AT.ge(Timestamps.utc(from)),
                        COMPLAINT_CASE.CLOSED_AT.lt(Timestamps.utc(until)),
                        DSL.notExists(DSL.selectOne().from(SATISFACTION_SURVEY)
                                .where(SATISFACTION_SURVEY.SHOP_ID.eq(COMPLAINT_CASE.SHOP_ID),
                                        SATISFACTION_SURVEY.CASE_ID.eq(COMPLAINT_CASE.CASE_ID))))
                .orderBy(COMPLAINT_CASE.CLOSED_AT)
                .limit(limit)
                .fetch(r -> new Due(new ShopId(r.value1()), r.value2(), new CustomerId(r.value3()),
                        r.value4().toInstant()));
    }

    @Override
    public boolean add(SatisfactionSurvey s, String tokenHash) {
        return dsl.insertInto(SATISFACTION_SURVEY)
                .set(SATISFACTION_SURVEY.SHOP_ID, s.shopId().value())
                .set(SATISFACTION_SURVEY.SURVEY_ID, s.id())
                .set(SATISFACTION_SURVEY.CASE_ID, s.caseId())
                .set(SATISFACTION_SURVEY.CUSTOMER_ID, s.customerId().value())
                .set(SATISFACTION_SURVEY.TOKEN_HASH, tokenHash)
                .set(SATISFACTION_SURVEY.SENT_AT, Timestamps.utc(s.sentAt()))
                .set(SATISFACTION_SURVEY.EXPIRES_AT, Timestamps.utc(s.expiresAt()))
                .onConflict(SATISFACTION_SURVEY.SHOP_ID, SATISFACTION_SURVEY.CASE_ID)
                .doNothing()
                .execute() == 1;
    }

    @Override
    public Optional<SatisfactionSurvey> byTokenHash(String tokenHash) {
        return dsl.selectFrom(SATISFACTION_SURVEY).where(SATISFACTION_SURVEY.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(JooqSurveys::toSurvey);
    }

    @Override
    public Optional<SatisfactionSurvey> lockByTokenHash(String tokenHash) {
        return dsl.selectFrom(SATISFACTION_SURVEY).where(SATISFACTION_SURVEY.TOKEN_HASH.eq(tokenHash)).forUpdate()
                .fetchOptional(JooqSurveys::toSurvey);
    }

    @Override
    public void saveAnswer(SatisfactionSurvey s) {
        Satisfaction a = s.answer();
        dsl.update(SATISFACTION_SURVEY)
                .set(SATISFACTION_SURVEY.ANSWERED_AT, Timestamps.utcOrNull(s.answeredAt()))
                .set(SATISFACTION_SURVEY.EXPECTED_QUALITY, toShort(a.expectedQuality()))
                .set(SATISFACTION_SURVEY.PERCEIVED_QUALITY, toShort(a.perceivedQuality()))
                .set(SATISFACTION_SURVEY.SATISFACTION, toShort(a.satisfaction()))
                .set(SATISFACTION_SURVEY.EFFORT, toShort(a.effort()))
                .set(SATISFACTION_SURVEY.COMMENT, s.comment())
                .where(SATISFACTION_SURVEY.SHOP_ID.eq(s.shopId().value()), SATISFACTION_SURVEY.SURVEY_ID.eq(s.id()))
                .execute();
    }

    @Override
    public Optional<SatisfactionSurvey> ofCase(ShopId shopId, UUID caseId) {
        return dsl.selectFrom(SATISFACTION_SURVEY)
                .where(SATISFACTION_SURVEY.SHOP_ID.eq(shopId.value()), SATISFACTION_SURVEY.CASE_ID.eq(caseId))
                .fetchOptional(JooqSurveys::toSurvey);
    }

    private static @Nullable Short toShort(@Nullable Integer value) {
        return value == null ? null : value.shortValue();
    }

    private static @Nullable Integer toInt(@Nullable Short value) {
        return value == null ? null : value.intValue();
    }

    private static SatisfactionSurvey toSurvey(SatisfactionSurveyRecord r) {
        return new SatisfactionSurvey(new ShopId(r.getShopId()), r.getSurveyId(), r.getCaseId(),
                new CustomerId(r.getCustomerId()), r.getSentAt().toInstant(), r.getExpiresAt().toInstant(),
                Timestamps.instantOrNull(r.getAnsweredAt()), new Satisfaction(toInt(r.getExpectedQuality()),
                toInt(r.getPerceivedQuality()), toInt(r.getSatisfaction()), toInt(r.getEffort())), r.getComment());
    }
}
