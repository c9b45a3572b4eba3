package de.stammkunde.domain.complaint;

import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: the shop's service standards and the measurements they are checked against. */
public interface ServiceStandards {
    List<ServiceStandard> all(ShopId shopId);

    void add(ShopId shopId, ServiceStandard standard);

    boolean remove(ShopId shopId, UUID id);

    /** One measured contact or case: its channel, who handled it, how long it took. */
    record Measurement(Channel channel, @Nullable StaffId agent, Duration took) {
    }

    /**
     * The measurements of the metric in [{@code from}, {@code until}) (by when the contact or case was received),
     * optionally of one channel: contacts with a first response (FIRST_RESPONSE), contacts with a handling time
     * (HANDLING), closed cases (RESOLUTION; the owner at closing handled it).
     */
    List<Measurement> measurements(ShopId shopId, ServiceStandard.Metric metric, @Nullable Channel channel,
                                   Instant from, Instant until);
}
