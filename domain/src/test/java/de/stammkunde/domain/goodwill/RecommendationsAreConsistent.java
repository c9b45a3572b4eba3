package de.stammkunde.domain.goodwill;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.complaint.CaseCategory;
import de.stammkunde.domain.complaint.Severity;
import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.RewardKind;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * "Same request, 8 different answers" must not happen: the same situation always gets the same recommendation
 * (whatever order the catalogue comes in), worse cases and more valuable customers get more, serial claimers less,
 * and each suggestion says what it costs and whether the agent may give it without asking.
 */
class RecommendationsAreConsistent {
    private static final ShopId SHOP = ShopId.newId();
    private static final CustomerId CUSTOMER = new CustomerId(UUID.randomUUID());
    private static final GoodwillQueries.Allowance AGENT = new GoodwillQueries.Allowance("EUR",
            new BigDecimal("10.00"), new BigDecimal("20.00"), new BigDecimal("100.00"), new BigDecimal("300.00"),
            new BigDecimal("0.05"));

    private static Reward reward(String name, String amount, long points) {
        return new Reward(SHOP, UUID.nameUUIDFromBytes(name.getBytes()), name, null, points,
                amount == null ? RewardKind.FREE_ITEM : RewardKind.AMOUNT_OFF,
                amount == null ? null : Money.of(amount, "EUR"), null, amount == null ? name : null, 30, true);
    }

    private static final List<Reward> CATALOGUE = List.of(reward("Kaffee", null, 60), reward("5 € Gutschein", "5.00",
            100), reward("10 € Gutschein", "10.00", 200), reward("Torte", "25.00", 500));
    private static final Subscription ABO = new Subscription(SHOP, UUID.nameUUIDFromBytes("abo".getBytes()),
            CUSTOMER, "Brötchen-Abo", Money.of("9.90", "EUR"), LocalDate.parse("2027-01-31"), Instant.EPOCH);

    private static RecommendGestures.Situation situation(CaseCategory category, Severity severity, String revenue,
                                                          int earlierGestures, List<Reward> rewards) {
        return new RecommendGestures.Situation(category, severity,
                new CustomerValue.Value(new BigDecimal(revenue), "REVENUE_TO_DATE"),
                new BigDecimal("2.00").multiply(BigDecimal.valueOf(earlierGestures)), earlierGestures,
                new BigDecimal("0.05"), rewards, List.of(ABO), AGENT);
    }

    @Property(tries = 200)
    void theSameSituationGetsTheSameRecommendationWhateverTheCatalogueOrder(
            @ForAll CaseCategory category, @ForAll Severity severity, @ForAll @IntRange(max = 2000) int revenue,
            @ForAll @IntRange(max = 5) int earlier, @ForAll long seed) {
        List<Reward> shuffled = new ArrayList<>(CATALOGUE);
        Collections.shuffle(shuffled, new Random(seed));
        var first = RecommendGestures.rank(situation(category, severity, Integer.toString(revenue), earlier,
                CATALOGUE));
        var again = RecommendGestures.rank(situation(category, severity, Integer.toString(revenue), earlier,
                shuffled));
        assertThat(again).isEqualTo(first);
        assertThat(first.items()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.cost().signum()).isPositive();
            assertThat(r.cost()).isLessThanOrEqualTo(first.target().multiply(new BigDecimal("1.5")));
            assertThat(r.reasons()).isNotEmpty();
        });
    }

    @Property(tries = 100)
    void worseCasesAndBetterCustomersGetMoreAndSerialClaimersLess(@ForAll CaseCategory category,
                                                                  @ForAll @IntRange(max = 1000) int revenue) {
        BigDecimal previous = BigDecimal.ZERO;
        for (Severity severity : Severity.values()) {
            BigDecimal target = RecommendGestures.rank(situation(category, severity, Integer.toString(revenue), 0,
                    CATALOGUE)).target();
            assertThat(target).isGreaterThanOrEqualTo(previous);
            previous = target;
        }
        BigDecimal fresh = RecommendGestures.rank(situation(category, Severity.HIGH, "600", 0, CATALOGUE)).target();
        BigDecimal serial = RecommendGestures.rank(situation(category, Severity.HIGH, "600", 3, CATALOGUE)).target();
        BigDecimal newcomer = RecommendGestures.rank(situation(category, Severity.HIGH, "10", 0, CATALOGUE))
                .target();
        assertThat(serial).isLessThan(fresh);
        assertThat(newcomer).isLessThan(fresh);
    }

    @Test
    void aLateDeliveryForALoyalCustomerRecommendsAFeeRefundFirstWithItsCostAndReasons() {
        var result = RecommendGestures.rank(situation(CaseCategory.DELIVERY, Severity.HIGH, "800", 0, CATALOGUE));
        assertThat(result.target()).isEqualByComparingTo("22.50");
        assertThat(result.reasons()).containsExactly("severity.HIGH", "value.LOYAL");
        assertThat(result.items()).extracting(Recommendation::kind).containsExactly(GestureKind.FEE_REFUND,
                GestureKind.FREE_MONTHS, GestureKind.BONUS_POINTS);
        Recommendation refund = result.items().getFirst();
        assertThat(refund.cost()).isEqualByComparingTo("22.50");
        assertThat(refund.withinAllowance()).as("above the agent's 10 € per gesture").isFalse();
        Recommendation months = result.items().get(1);
        assertThat(months.subscriptionId()).isEqualTo(ABO.id());
        assertThat(months.cost()).isEqualByComparingTo("9.90");
        assertThat(months.withinAllowance()).isTrue();
        assertThat(result.items().get(2).points()).isEqualTo(450);
    }

    @Test
    void aSpoiledCakeRecommendsTheLargestVoucherWithinTheTarget() {
        var result = RecommendGestures.rank(situation(CaseCategory.PRODUCT_QUALITY, Severity.MEDIUM, "200", 1,
                CATALOGUE));
        assertThat(result.reasons()).containsExactly("severity.MEDIUM", "value.REGULAR", "serial.ONCE");
        assertThat(result.target()).isEqualByComparingTo("6.50");
        assertThat(result.items().getFirst().rewardName()).isEqualTo("5 € Gutschein");
    }
}
