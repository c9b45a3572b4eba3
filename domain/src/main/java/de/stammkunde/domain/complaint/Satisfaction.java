package de.stammkunde.domain.complaint;

import org.jspecify.annotations.Nullable;

/**
 * The satisfaction check on closing (DOMAIN.md §1, §5). {@code expectedQuality} and {@code perceivedQuality}: 1–5
 * each, their gap says dissatisfied / satisfied / highly satisfied; {@code satisfaction}: CSAT 1–5; {@code effort}:
 * customer effort (CES) 1–7, 1 = very easy. Each may be missing when the customer did not say.
 */
public record Satisfaction(@Nullable Integer expectedQuality, @Nullable Integer perceivedQuality,
                           @Nullable Integer satisfaction, @Nullable Integer effort) {
    public static final Satisfaction NONE = new Satisfaction(null, null, null, null);

    /** The three-way split of DOMAIN.md §1, when both quality scores are known. */
    public enum Verdict { DISSATISFIED, SATISFIED, HIGHLY_SATISFIED }

    public @Nullable Verdict verdict() {
        if (expectedQuality == null || perceivedQuality == null) {
            return null;
        }
        int gap = perceivedQuality - expectedQuality;
        return gap < 0 ? Verdict.DISSATISFIED : gap == 0 ? Verdict.SATISFIED : Verdict.HIGHLY_SATISFIED;
    }
}
