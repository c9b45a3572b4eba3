package de.stammkunde.api.programme;

import de.stammkunde.domain.expiry.ChangeExpiryRule;
import de.stammkunde.domain.tier.TierQueries;
import de.stammkunde.domain.programme.ProgrammeQueries;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.programme.ChangeEarningRule;
import de.stammkunde.domain.programme.ChangeReturnWindow;
import de.stammkunde.domain.expiry.ExpiryRule;
import de.stammkunde.domain.programme.Bonuses;
import de.stammkunde.domain.programme.EarningRule;
import de.stammkunde.domain.programme.PointsRounding;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.tier.ManageTiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's programme rules; for now the base earning rate. Owners change it, agents may read it. */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/programme")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class ProgrammeController {
    record ProgrammeDto(String basePointsPerUnit, PointsRounding rounding, int returnWindowDays,
                        long welcomeBonusPoints, long referralBonusReferrer, long referralBonusReferee,
                        int tierGraceDays, ExpiryRule.Mode expiryMode, int expiryMonths) {
        static ProgrammeDto of(EarningRule rule, int returnWindowDays, Bonuses bonuses, int tierGraceDays,
                               ExpiryRule expiry) {
            return new ProgrammeDto(rule.basePointsPerUnit().setScale(4, RoundingMode.UNNECESSARY).toPlainString(),
                    rule.rounding(), returnWindowDays, bonuses.welcome(), bonuses.referrer(), bonuses.referee(),
                    tierGraceDays, expiry.mode(), expiry.months());
        }
    }

    /** Fields left out keep their value. */
    record ProgrammeRequest(@DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
                            @Nullable BigDecimal basePointsPerUnit,
                            @Nullable PointsRounding rounding,
                            @Min(0) @Max(365) @Nullable Integer returnWindowDays,
                            @Min(0) @Max(1_000_000) @Nullable Long welcomeBonusPoints,
                            @Min(0) @Max(1_000_000) @Nullable Long referralBonusReferrer,
                            @Min(0) @Max(1_000_000) @Nullable Long referralBonusReferee,
                            @Min(0) @Max(365) @Nullable Integer tierGraceDays,
                            ExpiryRule.@Nullable Mode expiryMode,
                            @Min(1) @Max(120) @Nullable Integer expiryMonths) {
    }

    private final ProgrammeQueries programme;
    private final TierQueries tiers;
    private final ChangeEarningRule changeEarningRule;
    private final ChangeReturnWindow changeReturnWindow;
    private final ChangeExpiryRule changeExpiryRule;
    private final ManageTiers manageTiers;
    private final Transactions tx;

    ProgrammeController(ProgrammeQueries programme, TierQueries tiers, ChangeEarningRule changeEarningRule,
                        ChangeReturnWindow changeReturnWindow, ChangeExpiryRule changeExpiryRule,
                        ManageTiers manageTiers, Transactions tx) {
        this.programme = programme;
        this.tiers = tiers;
        this.changeEarningRule = changeEarningRule;
        this.changeReturnWindow = changeReturnWindow;
        this.changeExpiryRule = changeExpiryRule;
        this.manageTiers = manageTiers;
        this.tx = tx;
    }

    private ProgrammeDto current(ShopId shop) {
        return ProgrammeDto.of(programme.earningRule(shop), programme.returnWindowDays(shop),
                programme.bonuses(shop), tiers.graceDays(shop), changeExpiryRule.current(shop));
    }

    @GetMapping
    ProgrammeDto programme(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> current(shop));
    }

    @PutMapping
    @PreAuthorize("hasRole('OWNER')")
    ProgrammeDto change(@PathVariable UUID shopId, @Valid @RequestBody ProgrammeRequest body,
                        @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return tx.write(() -> {
            if (body.basePointsPerUnit() != null || body.rounding() != null) {
                changeEarningRule.change(shop, body.basePointsPerUnit(), body.rounding(), user.actor());
            }
            if (body.returnWindowDays() != null) {
                changeReturnWindow.change(shop, body.returnWindowDays(), user.actor());
            }
            if (body.welcomeBonusPoints() != null || body.referralBonusReferrer() != null
                    || body.referralBonusReferee() != null) {
                changeEarningRule.changeBonuses(shop, body.welcomeBonusPoints(), body.referralBonusReferrer(),
                        body.referralBonusReferee(), user.actor());
            }
            if (body.expiryMode() != null || body.expiryMonths() != null) {
                changeExpiryRule.change(shop, body.expiryMode(), body.expiryMonths(), user.actor());
            }
            if (body.tierGraceDays() != null) {
                manageTiers.changeGraceDays(shop, body.tierGraceDays(), user.actor());
            }
            return current(shop);
        });
    }
}
