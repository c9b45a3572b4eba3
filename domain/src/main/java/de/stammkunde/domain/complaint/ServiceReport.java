package de.stammkunde.domain.complaint;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The service desk in numbers for a period (DOMAIN.md §1–4): per month the complaints opened and closed, CSAT and
 * effort (from the satisfaction checks on closing and the answered surveys), goodwill given against the budget; the
 * dissatisfied / satisfied / highly satisfied split from expected vs perceived quality; complaints per category and
 * per customer type; hand-offs per case.
 */
public record ServiceReport(List<Month> months, Map<Satisfaction.Verdict, Long> verdicts,
                            Map<CaseCategory, Long> byCategory, Map<String, Long> byCustomerType, Handoffs handoffs,
                            BigDecimal monthlyBudget) {
    /** {@code satisfaction}: mean CSAT 1–5; {@code effort}: mean CES 1–7 (null: no answers that month). */
    public record Month(YearMonth month, long opened, long closed, @Nullable BigDecimal satisfaction,
                        @Nullable BigDecimal effort, long answers, BigDecimal goodwill) {
    }

    /** Cases received in the period by how often they changed owner: 0, 1, 2 or more. */
    public record Handoffs(long cases, long total, @Nullable BigDecimal perCase, long none, long once,
                           long twiceOrMore) {
    }
}
