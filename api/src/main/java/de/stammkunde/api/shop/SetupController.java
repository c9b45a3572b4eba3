package de.stammkunde.api.shop;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.SetupChecklist;
import de.stammkunde.domain.shop.ShopSetup;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The new owner's first-run checklist: what is set up already, and hiding it. */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/setup")
@PreAuthorize("hasRole('OWNER')")
class SetupController {
    /** Counts of active rewards and till keys; {@code customers} is 0 or 1 (whether there is one). */
    record SetupDto(boolean programmeSaved, long rewards, long customers, long tillKeys, boolean dismissed,
                    boolean complete, String timeZone, String currency) {
    }

    private final SetupChecklist checklist;
    private final Transactions tx;

    SetupController(SetupChecklist checklist, Transactions tx) {
        this.checklist = checklist;
        this.tx = tx;
    }

    @GetMapping
    SetupDto progress(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> {
            SetupChecklist.Checklist c = checklist.progress(shop);
            Shop s = c.shop();
            ShopSetup.Progress p = c.progress();
            return new SetupDto(p.programmeSaved(), p.rewards(), p.customers(), p.tillKeys(), p.dismissed(),
                    p.complete(), s.timeZone().getId(), s.currency().getCurrencyCode());
        });
    }

    /** Hides the checklist for the shop's owners (204; again: still 204). */
    @PostMapping("/dismissal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        tx.run(() -> checklist.dismiss(shop));
    }
}
