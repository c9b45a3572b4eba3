package de.stammkunde.domain.shop;

import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;

/**
 * Port: how far a new shop has got with setting itself up — the owner's first-run checklist (programme rules
 * looked at and saved, a first reward, a first customer, a till key) and whether the owner hid the checklist.
 */
public interface ShopSetup {
    /** {@code programmeSaved}: the owner saved the programme rules after sign-up; counts of active things. */
    record Progress(boolean programmeSaved, long rewards, long customers, long tillKeys, boolean dismissed) {
        public boolean complete() {
            return programmeSaved && rewards > 0 && customers > 0 && tillKeys > 0;
        }
    }

    Progress progress(ShopId shopId);

    /** Hides the checklist for the shop (idempotent: the first time counts). */
    void dismiss(ShopId shopId, Instant at);
}
