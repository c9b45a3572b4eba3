package de.stammkunde.api.programme;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.programme.ChangeEarningRule;
import de.stammkunde.domain.programme.EarningRule;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.shared.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
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
    record ProgrammeDto(String basePointsPerUnit) {
        static ProgrammeDto of(EarningRule rule) {
            return new ProgrammeDto(rule.basePointsPerUnit().setScale(4, RoundingMode.UNNECESSARY).toPlainString());
        }
    }

    record ProgrammeRequest(@NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
                            BigDecimal basePointsPerUnit) {
    }

    private final Programmes programmes;
    private final ChangeEarningRule changeEarningRule;
    private final Transactions tx;

    ProgrammeController(Programmes programmes, ChangeEarningRule changeEarningRule, Transactions tx) {
        this.programmes = programmes;
        this.changeEarningRule = changeEarningRule;
        this.tx = tx;
    }

    @GetMapping
    ProgrammeDto programme(@PathVariable UUID shopId) {
        return ProgrammeDto.of(tx.read(() -> programmes.earningRule(new ShopId(shopId))));
    }

    @PutMapping
    @PreAuthorize("hasRole('OWNER')")
    ProgrammeDto change(@PathVariable UUID shopId, @Valid @RequestBody ProgrammeRequest body,
                        @AuthenticationPrincipal StammkundeUser user) {
        return ProgrammeDto.of(tx.write(() -> changeEarningRule.change(new ShopId(shopId), body.basePointsPerUnit(),
                user.actor())));
    }
}
