package de.stammkunde.api.shop;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shops;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/shops/{shopId}")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class ShopController {
    private final Shops shops;
    private final Transactions tx;

    ShopController(Shops shops, Transactions tx) {
        this.shops = shops;
        this.tx = tx;
    }

    @GetMapping
    ShopDto shop(@PathVariable UUID shopId) {
        return tx.read(() -> shops.byId(new ShopId(shopId)).map(ShopDto::of)
                .orElseThrow(() -> new NotFoundException("shop", shopId)));
    }
}
