package de.stammkunde.domain.complaint;

import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.contact.CustomerType;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A complaint case: what the customer complained about, where it stands in the interaction cycle and everything
 * recorded on the way. Changed only by {@link CaseLifecycle} (which checks every transition); {@code version} counts
 * the changes, so a stale write is detected.
 *
 * <p>{@code receivedAt}: when the complaint reached the shop (service standards measure from here);
 * {@code acknowledgedAt}: the first personal answer (Begrüßen); {@code handoffs}: how often the case changed owner
 * (DOMAIN.md §3: every extra person on a request costs); {@code reopens}: how often it came back after closing.
 */
public record ComplaintCase(ShopId shopId, UUID id, long number, CustomerId customerId, String subject,
                            @Nullable String description, CaseCategory category, Severity severity, Channel channel,
                            @Nullable CustomerType customerType, Instant receivedAt, Instant openedAt,
                            String openedBy, @Nullable StaffId assigneeId, CaseStep step,
                            @Nullable Instant acknowledgedAt, @Nullable String facts, @Nullable String expectation,
                            @Nullable String optionsOffered, @Nullable String agreement,
                            @Nullable Instant deliveredAt, @Nullable Instant closedAt, Satisfaction satisfaction,
                            int handoffs, int reopens, List<CaseAction> actions, long version) {
    public ComplaintCase {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(satisfaction, "satisfaction");
        actions = List.copyOf(actions);
    }

    public boolean open() {
        return step.open();
    }

    public long openActions() {
        return actions.stream().filter(a -> !a.done()).count();
    }
}
