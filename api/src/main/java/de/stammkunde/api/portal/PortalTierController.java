package de.stammkunde.api.portal;

import java.util.Currency;
import de.stammkunde.domain.shop.ShopQueries;
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
    record PortalTier(TierDtos.TierStatusDto status, List<TierDtos.TierDto> tiers,
                      List<TierDtos.TierChangeDto> history) {
    }

    private final TierQueries tiers;
    private final ShopQueries shops;
    private final Transactions tx;

    PortalTierController(TierQueries tiers, ShopQueries shops, Transactions tx) {
        this.tiers = tiers;
        this.shops = shops;
        this.tx = tx;
    }

    @GetMapping("/api/v1/portal/tier")
    PortalTier tier(@AuthenticationPrincipal StammkundeUser user) {
        return tx.read(() -> {
            Currency currency = shops.shop(user.shop()).currency();
            return new PortalTier(TierDtos.TierStatusDto.of(tiers.status(user.shop(), user.customerId()), currency),
                    tiers.tiers(user.shop()).stream().map(t -> TierDtos.TierDto.of(t, currency)).toList(),
                    tiers.history(user.shop(), user.customerId(), 50).stream()
                            .map(c -> TierDtos.TierChangeDto.of(c, currency)).toList());
        });
    }
}
