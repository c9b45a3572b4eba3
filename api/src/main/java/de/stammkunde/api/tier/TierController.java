package de.stammkunde.api.tier;

import java.util.Currency;
import de.stammkunde.domain.shop.ShopQueries;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import de.stammkunde.domain.tier.TierQueries;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.overview.CustomerQueries;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.tier.ManageTiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Tiers of the shop (the owner defines them) and each customer's tier status and history. */
@RestController
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class TierController {
    record TierRequest(@NotBlank @Size(max = 50) String name,
                       @NotNull @Digits(integer = 13, fraction = 2) BigDecimal threshold,
                       @NotNull @Digits(integer = 2, fraction = 2) BigDecimal multiplier) {
    }

    private final TierQueries tiers;
    private final ManageTiers manageTiers;
    private final CustomerQueries customers;
    private final ShopQueries shops;
    private final Transactions tx;

    TierController(TierQueries tiers, ManageTiers manageTiers, CustomerQueries customers, ShopQueries shops,
                   Transactions tx) {
        this.tiers = tiers;
        this.shops = shops;
        this.manageTiers = manageTiers;
        this.customers = customers;
        this.tx = tx;
    }

    @GetMapping("/api/v1/shops/{shopId}/tiers")
    TierDtos.TierList list(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> new TierDtos.TierList(tiers.tiers(shop).stream()
                .map(t -> TierDtos.TierDto.of(t, currency(shop))).toList(),
                tiers.graceDays(shop)));
    }

    @PostMapping("/api/v1/shops/{shopId}/tiers")
    @PreAuthorize("hasRole('OWNER')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TierDtos.TierDto> create(@PathVariable UUID shopId, @Valid @RequestBody TierRequest body,
                                            @AuthenticationPrincipal StammkundeUser user) {
        var tier = tx.write(() -> manageTiers.create(new ShopId(shopId), body.name(), body.threshold(),
                body.multiplier(), user.actor()));
        return ResponseEntity.created(URI.create("/api/v1/shops/" + shopId + "/tiers/" + tier.id()))
                .body(TierDtos.TierDto.of(tier, tx.read(() -> currency(new ShopId(shopId)))));
    }

    @PutMapping("/api/v1/shops/{shopId}/tiers/{tierId}")
    @PreAuthorize("hasRole('OWNER')")
    TierDtos.TierDto update(@PathVariable UUID shopId, @PathVariable UUID tierId, @Valid @RequestBody TierRequest body,
                            @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return tx.write(() -> TierDtos.TierDto.of(manageTiers.update(shop, tierId, body.name(), body.threshold(),
                body.multiplier(), user.actor()), currency(shop)));
    }

    @GetMapping("/api/v1/shops/{shopId}/customers/{customerId}/tier")
    TierDtos.TierStatusWithHistory customerTier(@PathVariable UUID shopId, @PathVariable UUID customerId) {
        ShopId shop = new ShopId(shopId);
        CustomerId customer = new CustomerId(customerId);
        return tx.read(() -> {
            customers.detail(shop, customer);
            Currency currency = currency(shop);
            return new TierDtos.TierStatusWithHistory(TierDtos.TierStatusDto.of(tiers.status(shop, customer),
                    currency), tiers.history(shop, customer, 100).stream()
                    .map(c -> TierDtos.TierChangeDto.of(c, currency)).toList());
        });
    }

    private Currency currency(ShopId shop) {
        return shops.shop(shop).currency();
    }
}
