package de.stammkunde.domain.complaint;

import de.stammkunde.domain.contact.Channel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A measurable service standard (DOMAIN.md §2): "{@code targetPercent} % of {@code channel} contacts (or of all)
 * within {@code threshold}", never a rigid 100 %. {@code metric}: FIRST_RESPONSE (contacts: received → first
 * response), HANDLING (contacts: the handling time), RESOLUTION (complaint cases: received → closed).
 */
public record ServiceStandard(UUID id, String name, Metric metric, @Nullable Channel channel, Duration threshold,
                              BigDecimal targetPercent) {
    public enum Metric { FIRST_RESPONSE, HANDLING, RESOLUTION }
}
