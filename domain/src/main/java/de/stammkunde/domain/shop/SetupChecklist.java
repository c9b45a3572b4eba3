package de.stammkunde.domain.shop;

import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;

/** Use case: the new owner's first-run checklist — how far the shop is set up, and hiding the list. */
public final class SetupChecklist {
    private final ShopSetup setup;
    private final Shops shops;
    private final Clock clock;

    public SetupChecklist(ShopSetup setup, Shops shops, Clock clock) {
        this.setup = setup;
        this.shops = shops;
        this.clock = clock;
    }

    /** The shop (for its zone and currency) and how far it is set up. */
    public record Checklist(Shop shop, ShopSetup.Progress progress) {
    }

    public Checklist progress(ShopId shopId) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        return new Checklist(shop, setup.progress(shopId));
    }

    public void dismiss(ShopId shopId) {
        shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        setup.dismiss(shopId, clock.instant());
    }
}
