package de.stammkunde.api.tier;

import java.util.Currency;
import de.stammkunde.api.web.MoneyText;
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
        public static TierDto of(Tier t, Currency currency) {
            return new TierDto(t.id().toString(), t.name(), MoneyText.of(t.threshold(), currency),
                    t.multiplier().toPlainString());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TierStatusDto(@Nullable TierDto tier, String qualifyingSpend, @Nullable TierDto next,
                            @Nullable String missingForNext, @Nullable Instant since, @Nullable Instant downgradeAt,
                            @Nullable TierDto downgradeTo) {
        public static TierStatusDto of(TierEvaluation.Status s, Currency currency) {
            return new TierStatusDto(s.tier() == null ? null : TierDto.of(s.tier(), currency),
                    MoneyText.of(s.qualifyingSpend(), currency),
                    s.next() == null ? null : TierDto.of(s.next(), currency),
                    s.missingForNext() == null ? null : MoneyText.of(s.missingForNext(), currency), s.since(),
                    s.downgradeAt(), s.downgradeTo() == null ? null : TierDto.of(s.downgradeTo(), currency));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TierChangeDto(String kind, @Nullable String fromTier, @Nullable String toTier, String qualifyingSpend,
                            Instant occurredAt) {
        public static TierChangeDto of(TierChange c, Currency currency) {
            return new TierChangeDto(c.kind().name(), c.fromTier(), c.toTier(),
                    MoneyText.of(c.qualifyingSpend(), currency), c.occurredAt());
        }
    }

    public record TierList(List<TierDto> items, int graceDays) {
    }

    public record TierStatusWithHistory(TierStatusDto status, List<TierChangeDto> history) {
    }
}
