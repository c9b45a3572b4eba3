package de.stammkunde.domain.tier;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TierPolicyDecisions {
    private final ShopId shop = ShopId.newId();
    private final Tier silver = new Tier(shop, UUID.randomUUID(), "Silber", new BigDecimal("200"), new BigDecimal("1.25"));
    private final Tier gold = new Tier(shop, UUID.randomUUID(), "Gold", new BigDecimal("500"), new BigDecimal("1.5"));
    private final List<Tier> tiers = List.of(silver, gold);
    private final Instant now = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anUpgradeHappensAtOnceAndMaySkipATier() {
        var outcome = TierPolicy.evaluate(tiers, TierState.BASE, new BigDecimal("650"), now, 30);
        assertThat(outcome.state().tierId()).isEqualTo(gold.id());
        assertThat(outcome.transition()).hasValueSatisfying(t -> {
            assertThat(t.kind()).isEqualTo(TierChange.Kind.UPGRADE);
            assertThat(t.to()).isEqualTo(gold);
        });
    }

    @Test
    void aDowngradeWaitsForTheGracePeriodAndRecoveryCancelsIt() {
        TierState golden = new TierState(gold.id(), now.minus(Duration.ofDays(100)), null);
        var below = TierPolicy.evaluate(tiers, golden, new BigDecimal("300"), now, 30);
        assertThat(below.state().tierId()).as("still gold during grace").isEqualTo(gold.id());
        assertThat(below.state().belowSince()).isEqualTo(now);
        assertThat(below.transition()).hasValueSatisfying(t ->
                assertThat(t.kind()).isEqualTo(TierChange.Kind.GRACE_STARTED));

        var stillBelow = TierPolicy.evaluate(tiers, below.state(), new BigDecimal("300"), now.plus(Duration.ofDays(29)),
                30);
        assertThat(stillBelow.state()).isEqualTo(below.state());
        assertThat(stillBelow.transition()).isEmpty();

        var after = TierPolicy.evaluate(tiers, below.state(), new BigDecimal("300"), now.plus(Duration.ofDays(30)), 30);
        assertThat(after.state().tierId()).isEqualTo(silver.id());
        assertThat(after.transition()).hasValueSatisfying(t -> assertThat(t.kind())
                .isEqualTo(TierChange.Kind.DOWNGRADE));

        var recovered = TierPolicy.evaluate(tiers, below.state(), new BigDecimal("520"), now.plus(Duration.ofDays(10)),
                30);
        assertThat(recovered.state().belowSince()).isNull();
        assertThat(recovered.state().tierId()).isEqualTo(gold.id());
        assertThat(recovered.transition()).hasValueSatisfying(t -> assertThat(t.kind())
                .isEqualTo(TierChange.Kind.GRACE_ENDED));
    }

    @Test
    void withoutGraceADowngradeIsImmediateAndCanReachTheBaseLevel() {
        TierState silvery = new TierState(silver.id(), now.minus(Duration.ofDays(5)), null);
        var outcome = TierPolicy.evaluate(tiers, silvery, new BigDecimal("10"), now, 0);
        assertThat(outcome.state()).isEqualTo(TierState.BASE);
        assertThat(outcome.transition()).hasValueSatisfying(t -> assertThat(t.to()).isNull());
    }
}
