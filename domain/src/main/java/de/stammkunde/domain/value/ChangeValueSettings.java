package de.stammkunde.domain.value;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.util.Map;

/** Use case: the owner sets gross margin, discount rate and horizon (the next model run uses them). */
public final class ChangeValueSettings {
    private final ValueSettingsStore store;
    private final AuditLog audit;
    private final Clock clock;

    public ChangeValueSettings(ValueSettingsStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public ValueSettings current(ShopId shopId) {
        return store.of(shopId);
    }

    public ValueSettings change(ShopId shopId, ValueSettings settings, Actor actor) {
        settings.check().orThrow();
        store.save(shopId, settings);
        audit.record(new AuditEvent(shopId, actor, "value-settings.changed", "shop", shopId.toString(),
                Map.of("grossMarginPercent", settings.grossMarginPercent().toPlainString(),
                        "annualDiscountRatePercent", settings.annualDiscountRatePercent().toPlainString(),
                        "horizonMonths", Integer.toString(settings.horizonMonths())), clock.instant()));
        return settings;
    }
}
