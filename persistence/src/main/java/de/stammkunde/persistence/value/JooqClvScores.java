package de.stammkunde.persistence.value;

import static de.stammkunde.persistence.jooq.Tables.CLV_SCORE;

import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.value.ClvScores;
import de.stammkunde.domain.value.CustomerScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Replaces a shop's scores: delete, then multi-row inserts of 2,000 (inside the caller's transaction). */
final class JooqClvScores implements ClvScores {
    private static final int BATCH = 2000;

    private final DSLContext dsl;

    JooqClvScores(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void replace(ShopId shopId, UUID runId, List<CustomerScore> scores) {
        dsl.deleteFrom(CLV_SCORE).where(CLV_SCORE.SHOP_ID.eq(shopId.value())).execute();
        for (int from = 0; from < scores.size(); from += BATCH) {
            var insert = dsl.insertInto(CLV_SCORE, CLV_SCORE.SHOP_ID, CLV_SCORE.CUSTOMER_ID, CLV_SCORE.RUN_ID,
                    CLV_SCORE.FREQUENCY, CLV_SCORE.P_ALIVE, CLV_SCORE.EXPECTED_PURCHASES, CLV_SCORE.EXPECTED_VALUE,
                    CLV_SCORE.CLV, CLV_SCORE.REVENUE_TO_DATE, CLV_SCORE.SEGMENT);
            for (var s : scores.subList(from, Math.min(scores.size(), from + BATCH))) {
                insert = insert.values(shopId.value(), s.customerId(), runId, s.frequency(),
                        decimal(s.pAlive(), 5), decimal(s.expectedPurchases(), 4), decimal(s.expectedValue(), 2),
                        money(s.clv()), money(s.revenueToDate()), s.segment().name());
            }
            insert.execute();
        }
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(Math.min(value, 1e11)).setScale(2, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal decimal(@Nullable Double value, int scale) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(Math.min(value, 1e7)).setScale(scale, RoundingMode.HALF_UP);
    }
}
