package de.stammkunde.api.shop;

import de.stammkunde.domain.shop.ShopQueries;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.shared.ShopId;
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
    private final ShopQueries shops;
    private final Transactions tx;

    ShopController(ShopQueries shops, Transactions tx) {
        this.shops = shops;
        this.tx = tx;
    }

    @GetMapping
    ShopDto shop(@PathVariable UUID shopId) {
        return ShopDto.of(tx.read(() -> shops.shop(new ShopId(shopId))));
    }
}
