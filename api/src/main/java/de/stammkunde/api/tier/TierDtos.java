package de.stammkunde.api.tier;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.domain.tier.Tier;
import de.stammkunde.domain.tier.TierChange;
import de.stammkunde.domain.tier.TierEvaluation;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Tiers, a customer's tier status (progress to the next) and tier history, as the API shows them. */
public final class TierDtos {
    private TierDtos() {
    }

    public record TierDto(String id, String name, String threshold, String multiplier) {
        public static TierDto of(Tier t) {
            return new TierDto(t.id().toString(), t.name(), t.threshold().toPlainString(),
                    t.multiplier().toPlainString());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusDto(@Nullable TierDto tier, String qualifyingSpend, @Nullable TierDto next,
                            @Nullable String missingForNext, @Nullable Instant since, @Nullable Instant downgradeAt,
                            @Nullable TierDto downgradeTo) {
        public static StatusDto of(TierEvaluation.Status s) {
            return new StatusDto(s.tier() == null ? null : TierDto.of(s.tier()), s.qualifyingSpend().toPlainString(),
                    s.next() == null ? null : TierDto.of(s.next()),
                    s.missingForNext() == null ? null : s.missingForNext().toPlainString(), s.since(),
                    s.downgradeAt(), s.downgradeTo() == null ? null : TierDto.of(s.downgradeTo()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeDto(String kind, @Nullable String fromTier, @Nullable String toTier, String qualifyingSpend,
                            Instant occurredAt) {
        public static ChangeDto of(TierChange c) {
            return new ChangeDto(c.kind().name(), c.fromTier(), c.toTier(), c.qualifyingSpend().toPlainString(),
                    c.occurredAt());
        }
    }

    public record TierList(List<TierDto> items, int graceDays) {
    }

    public record TierStatusWithHistory(StatusDto status, List<ChangeDto> history) {
    }
}
