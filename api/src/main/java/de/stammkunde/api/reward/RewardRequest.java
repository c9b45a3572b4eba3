package de.stammkunde.api.reward;

import de.stammkunde.domain.reward.ManageRewards;
import de.stammkunde.domain.reward.RewardKind;
import de.stammkunde.domain.shared.Money;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** A catalogue entry as the owner sends it; the amount is in the shop's currency. */
record RewardRequest(
        @NotBlank @Size(max = 100) String name,
        @Nullable @Size(max = 500) String description,
        @NotNull @Min(1) @Max(100_000_000) Long pointsCost,
        @NotNull RewardKind kind,
        @Nullable @Digits(integer = 13, fraction = 4) BigDecimal amount,
        @Nullable @Digits(integer = 3, fraction = 2) BigDecimal percent,
        @Nullable @Size(max = 100) String item,
        @Nullable @Min(1) @Max(3650) Integer validityDays,
        @Nullable Boolean active,
        /** The owner confirms a value the shop rarely gives (after a 422 {@code implausible-reward}). */
        @Nullable Boolean confirmed) {

    ManageRewards.Command toCommand(Currency shopCurrency) {
        return new ManageRewards.Command(name, description, pointsCost, kind,
                amount == null ? null : new Money(amount, shopCurrency), percent, item,
                validityDays == null ? 90 : validityDays, active == null || active,
                Boolean.TRUE.equals(confirmed));
    }
}
