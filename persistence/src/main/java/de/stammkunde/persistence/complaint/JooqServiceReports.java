package de.stammkunde.persistence.complaint;

import static de.stammkunde.persistence.jooq.Tables.COMPLAINT_CASE;
import static de.stammkunde.persistence.jooq.Tables.GOODWILL_GESTURE;
import static de.stammkunde.persistence.jooq.Tables.SATISFACTION_SURVEY;

import de.stammkunde.domain.complaint.CaseCategory;
import de.stammkunde.domain.complaint.Satisfaction;
import de.stammkunde.domain.complaint.ServiceReport;
import de.stammkunde.domain.complaint.ServiceReports;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.support.Timestamps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The service report's counts; months by the shop's zone ({@code to_char(ts at time zone z, 'YYYY-MM')}). */
final class JooqServiceReports implements ServiceReports {
    private final DSLContext dsl;

    JooqServiceReports(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Field<String> month(Field<?> at, ZoneId zone) {
        return DSL.field("to_char({0} at time zone {1}, 'YYYY-MM')", String.class, at, DSL.inline(zone.getId()));
    }

    /** Accumulates one month's figures from several queries. */
    private static final class Acc {
        long opened;
        long closed;
        BigDecimal satisfactionSum = BigDecimal.ZERO;
        long satisfactionCount;
        BigDecimal effortSum = BigDecimal.ZERO;
        long effortCount;
        long answers;
        BigDecimal goodwill = BigDecimal.ZERO;
    }

    @Override
    public ServiceReport report(ShopId shopId, ZoneId zone, Instant from, Instant until, BigDecimal budget) {
        var shop = shopId.value();
        var start = Timestamps.utc(from);
        var end = Timestamps.utc(until);
        Map<String, Acc> months = new TreeMap<>();
        // opened (received) per month
        var receivedMonth = month(COMPLAINT_CASE.RECEIVED_AT, zone);
        dsl.select(receivedMonth, DSL.count()).from(COMPLAINT_CASE)
                .where(COMPLAINT_CASE.SHOP_ID.eq(shop), COMPLAINT_CASE.RECEIVED_AT.ge(start),
                        COMPLAINT_CASE.RECEIVED_AT.lt(end))
                .groupBy(receivedMonth)
                .forEach(r -> months.computeIfAbsent(r.value1(), k -> new Acc()).opened = r.value2());
        // closed per month, with the satisfaction check on closing
        var closedMonth = month(COMPLAINT_CASE.CLOSED_AT, zone);
        dsl.select(closedMonth, DSL.count(), DSL.sum(COMPLAINT_CASE.SATISFACTION),
                        DSL.count(COMPLAINT_CASE.SATISFACTION), DSL.sum(COMPLAINT_CASE.EFFORT),
                        DSL.count(COMPLAINT_CASE.EFFORT))
                .from(COMPLAINT_CASE)
                .where(COMPLAINT_CASE.SHOP_ID.eq(shop), COMPLAINT_CASE.CLOSED_AT.ge(start),
                        COMPLAINT_CASE.CLOSED_AT.lt(end))
                .groupBy(closedMonth)
                .forEach(r -> {
                    Acc a = months.computeIfAbsent(r.value1(), k -> new Acc());
                    a.closed = r.value2();
                    a.satisfactionSum = a.satisfactionSum.add(zero(r.value3()));
                    a.satisfactionCount += r.value4();
                    a.effortSum = a.effortSum.add(zero(r.value5()));
                    a.effortCount += r.value6();
                });
        // answered surveys per month
        var answeredMonth = month(SATISFACTION_SURVEY.ANSWERED_AT, zone);
        dsl.select(answeredMonth, DSL.count(), DSL.sum(SATISFACTION_SURVEY.SATISFACTION),
                        DSL.count(SATISFACTION_SURVEY.SATISFACTION), DSL.sum(SATISFACTION_SURVEY.EFFORT),
                        DSL.count(SATISFACTION_SURVEY.EFFORT))
                .from(SATISFACTION_SURVEY)
                .where(SATISFACTION_SURVEY.SHOP_ID.eq(shop), SATISFACTION_SURVEY.ANSWERED_AT.ge(start),
                        SATISFACTION_SURVEY.ANSWERED_AT.lt(end))
                .groupBy(answeredMonth)
                .forEach(r -> {
                    Acc a = months.computeIfAbsent(r.value1(), k -> new Acc());
                    a.answers = r.value2();
                    a.satisfactionSum = a.satisfactionSum.add(zero(r.value3()));
                    a.satisfactionCount += r.value4();
                    a.effortSum = a.effortSum.add(zero(r.value5()));
                    a.effortCount += r.value6();
                });
        // goodwill given per month
        var issuedMonth = month(GOODWILL_GESTURE.ISSUED_AT, zone);
        dsl.select(issuedMonth, DSL.sum(GOODWILL_GESTURE.COST)).from(GOODWILL_GESTURE)
                .where(GOODWILL_GESTURE.SHOP_ID.eq(shop), GOODWILL_GESTURE.ISSUED_AT.ge(start),
                        GOODWILL_GESTURE.ISSUED_AT.lt(end))
                .groupBy(issuedMonth)
                .forEach(r -> months.computeIfAbsent(r.value1(), k -> new Acc()).goodwill = zero(r.value2()));
        List<ServiceReport.Month> monthList = new ArrayList<>();
        months.forEach((m, a) -> monthList.add(new ServiceReport.Month(
                YearMonth.parse(m, DateTimeFormatter.ofPattern("yyyy-MM")), a.opened, a.closed,
                mean(a.satisfactionSum, a.satisfactionCount), mean(a.effortSum, a.effortCount), a.answers,
                a.goodwill)));

        // the expected-vs-perceived split: closings and survey answers with both scores
        Map<Satisfaction.Verdict, Long> verdicts = new EnumMap<>(Satisfaction.Verdict.class);
        for (Satisfaction.Verdict v : Satisfaction.Verdict.values()) {
            verdicts.put(v, 0L);
        }
        var caseGap = DSL.sign(COMPLAINT_CASE.PERCEIVED_QUALITY.minus(COMPLAINT_CASE.EXPECTED_QUALITY));
        dsl.select(caseGap, DSL.count()).from(COMPLAINT_CASE)
                .where(COMPLAINT_CASE.SHOP_ID.eq(shop), COMPLAINT_CASE.CLOSED_AT.ge(start),
                        COMPLAINT_CASE.CLOSED_AT.lt(end), COMPLAINT_CASE.PERCEIVED_QUALITY.isNotNull(),
                        COMPLAINT_CASE.EXPECTED_QUALITY.isNotNull())
                .groupBy(caseGap)
                .forEach(r -> verdicts.merge(verdict(r.value1().intValue()), (long) r.value2(), Long::sum));
        var surveyGap = DSL.sign(SATISFACTION_SURVEY.PERCEIVED_QUALITY.minus(SATISFACTION_SURVEY.EXPECTED_QUALITY));
        dsl.select(surveyGap, DSL.count()).from(SATISFACTION_SURVEY)
                .where(SATISFACTION_SURVEY.SHOP_ID.eq(shop), SATISFACTION_SURVEY.ANSWERED_AT.ge(start),
                        SATISFACTION_SURVEY.ANSWERED_AT.lt(end), SATISFACTION_SURVEY.PERCEIVED_QUALITY.isNotNull(),
                        SATISFACTION_SURVEY.EXPECTED_QUALITY.isNotNull())
                .groupBy(surveyGap)
                .forEach(r -> verdicts.merge(verdict(r.value1().intValue()), (long) r.value2(), Long::sum));

        var received = DSL.and(COMPLAINT_CASE.SHOP_ID.eq(shop), COMPLAINT_CASE.RECEIVED_AT.ge(start),
                COMPLAINT_CASE.RECEIVED_AT.lt(end));
        Map<CaseCategory, Long> byCategory = new EnumMap<>(CaseCategory.class);
        dsl.select(COMPLAINT_CASE.CATEGORY, DSL.count()).from(COMPLAINT_CASE).where(received)
                .groupBy(COMPLAINT_CASE.CATEGORY)
                .forEach(r -> byCategory.put(CaseCategory.valueOf(r.value1()), (long) r.value2()));
        Map<String, Long> byType = new LinkedHashMap<>();
        dsl.select(DSL.coalesce(COMPLAINT_CASE.CUSTOMER_TYPE, DSL.inline("NONE")), DSL.count()).from(COMPLAINT_CASE)
                .where(received).groupBy(COMPLAINT_CASE.CUSTOMER_TYPE).orderBy(DSL.count().desc())
                .forEach(r -> byType.put(r.value1(), (long) r.value2()));
        var h = dsl.select(DSL.count(), DSL.coalesce(DSL.sum(COMPLAINT_CASE.HANDOFFS), BigDecimal.ZERO),
                        DSL.count().filterWhere(COMPLAINT_CASE.HANDOFFS.eq(0)),
                        DSL.count().filterWhere(COMPLAINT_CASE.HANDOFFS.eq(1)),
                        DSL.count().filterWhere(COMPLAINT_CASE.HANDOFFS.ge(2)))
                .from(COMPLAINT_CASE).where(received).fetchSingle();
        long cases = h.value1();
        long total = h.value2().longValue();
        var handoffs = new ServiceReport.Handoffs(cases, total, cases == 0 ? null : BigDecimal.valueOf(total)
                .divide(BigDecimal.valueOf(cases), 2, RoundingMode.HALF_UP), h.value3(), h.value4(), h.value5());
        return new ServiceReport(monthList, verdicts, byCategory, byType, handoffs, budget);
    }

    private static Satisfaction.Verdict verdict(int sign) {
        return sign < 0 ? Satisfaction.Verdict.DISSATISFIED : sign == 0 ? Satisfaction.Verdict.SATISFIED
                : Satisfaction.Verdict.HIGHLY_SATISFIED;
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static @org.jspecify.annotations.Nullable BigDecimal mean(BigDecimal sum, long count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
