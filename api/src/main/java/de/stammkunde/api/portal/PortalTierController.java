package de.stammkunde.api.portal;

import de.stammkunde.domain.tier.TierQueries;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.api.tier.TierDtos;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The customer's tier, progress to the next one, and tier history. */
@RestController
class PortalTierController {
    record PortalTier(TierDtos.StatusDto status, List<TierDtos.TierDto> tiers, List<TierDtos.ChangeDto> history) {
    }

    private final TierQueries tiers;
    private final Transactions tx;

    PortalTierController(TierQueries tiers, Transactions tx) {
        this.tiers = tiers;
        this.tx = tx;
    }

    @GetMapping("/api/v1/portal/tier")
    PortalTier tier(@AuthenticationPrincipal StammkundeUser user) {
        return tx.read(() -> new PortalTier(
                TierDtos.StatusDto.of(tiers.status(user.shop(), user.customerId())),
                tiers.tiers(user.shop()).stream().map(TierDtos.TierDto::of).toList(),
                tiers.history(user.shop(), user.customerId(), 50).stream().map(TierDtos.ChangeDto::of).toList()));
    }
}
