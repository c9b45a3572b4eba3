package de.stammkunde.domain.tier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which tier a customer belongs in: the highest whose threshold their qualifying spend reaches. Upgrades happen at
 * once; a customer whose spend falls below their tier keeps it for the grace period, and is downgraded only if
 * the spend is still too low when it ends.
 */
public final class TierPolicy {
    public record Outcome(TierState state, Optional<Transition> transition) {
    }

    public record Transition(TierChange.Kind kind, @Nullable Tier from, @Nullable Tier to) {
    }

    private TierPolicy() {
    }

    public static @Nullable Tier tierFor(List<Tier> tiers, BigDecimal spend) {
        return tiers.stream().filter(t -> spend.compareTo(t.threshold()) >= 0)
                .max(Comparator.comparing(Tier::threshold)).orElse(null);
    }

    public static Outcome evaluate(List<Tier> tiers, TierState state, BigDecimal spend, Instant now, int graceDays) {
        Tier current = state.tierId() == null ? null
                : tiers.stream().filter(t -> t.id().equals(state.tierId())).findFirst().orElse(null);
        Tier target = tierFor(tiers, spend);
        int comparison = compare(target, current);
        if (comparison > 0) {
            return new Outcome(new TierState(target.id(), now, null),
                    Optional.of(new Transition(TierChange.Kind.UPGRADE, current, target)));
        }
        if (comparison == 0) {
            if (state.belowSince() != null) {
                return new Outcome(new TierState(state.tierId(), state.since(), null),
                        Optional.of(new Transition(TierChange.Kind.GRACE_ENDED, current, current)));
            }
            if (current == null && state.tierId() != null) {
                return new Outcome(TierState.BASE, Optional.empty()); // the tier was removed by the owner
            }
            return new Outcome(state, Optional.empty());
        }
        Instant belowSince = state.belowSince() == null ? now : state.belowSince();
        if (!now.isBefore(belowSince.plus(Duration.ofDays(graceDays)))) {
            return new Outcome(new TierState(target == null ? null : target.id(), target == null ? null : now, null),
                    Optional.of(new Transition(TierChange.Kind.DOWNGRADE, current, target)));
        }
        if (state.belowSince() == null) {
            return new Outcome(new TierState(state.tierId(), state.since(), now),
                    Optional.of(new Transition(TierChange.Kind.GRACE_STARTED, current, current)));
        }
        return new Outcome(state, Optional.empty());
    }

    /** Downgrade date of a customer in grace, if any. */
    public static @Nullable Instant downgradeAt(TierState state, int graceDays) {
        return state.belowSince() == null ? null : state.belowSince().plus(Duration.ofDays(graceDays));
    }

    private static int compare(@Nullable Tier a, @Nullable Tier b) {
        BigDecimal ta = a == null ? BigDecimal.ZERO : a.threshold();
        BigDecimal tb = b == null ? BigDecimal.ZERO : b.threshold();
        return ta.compareTo(tb);
    }
}
