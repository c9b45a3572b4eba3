package de.stammkunde.domain.shop;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Use case and query: the owner sets the shop's business hours; everyone reads them (the default until set). */
public final class BusinessHoursSettings {
    private final BusinessHoursStore store;
    private final AuditLog audit;
    private final Clock clock;

    public BusinessHoursSettings(BusinessHoursStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public BusinessHours current(ShopId shopId) {
        return store.of(shopId).orElse(BusinessHours.DEFAULT);
    }

    public BusinessHours set(ShopId shopId, List<BusinessHours.Day> days, Actor actor) {
        BusinessHours hours = BusinessHours.of(days);
        store.save(shopId, hours);
        audit.record(new AuditEvent(shopId, actor, "shop.business-hours-changed", "shop", shopId.value().toString(),
                Map.of("hours", hours.encode()), clock.instant()));
        return hours;
    }
}
