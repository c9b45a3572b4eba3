package de.stammkunde.domain.complaint;

import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.contact.CustomerType;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Use case: a complaint comes in and becomes a case in step Begrüßen. Opened by a staff member, the case is theirs;
 * opened by the customer (the portal), it waits unassigned. {@code receivedAt} may lie up to 30 days back (a letter
 * found late) but not in the future.
 */
public final class OpenCase {
    public static final Duration MAX_BACKDATE = Duration.ofDays(30);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public record Command(CustomerId customerId, String subject, @Nullable String description, CaseCategory category,
                          Severity severity, Channel channel, @Nullable CustomerType customerType,
                          @Nullable Instant receivedAt) {
    }

    private final Customers customers;
    private final ComplaintCases cases;
    private final DomainEvents events;
    private final Clock clock;

    public OpenCase(Customers customers, ComplaintCases cases, DomainEvents events, Clock clock) {
        this.customers = customers;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    public ComplaintCase open(ShopId shopId, Command command, Actor actor) {
        customers.byId(shopId, command.customerId())
                .orElseThrow(() -> new NotFoundException("customer", command.customerId()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant received = command.receivedAt() == null ? now : command.receivedAt().truncatedTo(ChronoUnit.MICROS);
        if (received.isAfter(now.plus(CLOCK_SKEW))) {
            Decision.reject("case-received-in-future", "receivedAt", "A complaint cannot arrive in the future")
                    .orThrow();
        }
        if (received.isBefore(now.minus(MAX_BACKDATE))) {
            Decision.reject("case-received-too-old", "receivedAt", "A complaint can be entered up to {0} days back",
                    MAX_BACKDATE.toDays()).orThrow();
        }
        if (received.isAfter(now)) {
            received = now;
        }
        String subject = CaseLifecycle.required(command.subject(), "subject");
        String description = command.description() == null || command.description().isBlank() ? null
                : command.description().strip();
        StaffId assignee = actor.kind() == Actor.Kind.STAFF && actor.id() != null ? new StaffId(actor.id()) : null;
        ComplaintCase c = new ComplaintCase(shopId, UUID.randomUUID(), cases.nextNumber(shopId),
                command.customerId(), subject, description, command.category(), command.severity(),
                command.channel(), command.customerType(), received, now, actor.describe(), assignee, CaseStep.GREET,
                null, null, null, null, null, null, null, Satisfaction.NONE, 0, 0, List.of(), 1);
        cases.add(c, List.of(new CaseEntry(CaseEntry.Kind.OPENED, now, actor.describe(), subject)));
        events.publish(new CaseOpened(shopId, c.id(), c.customerId(), c.category(), c.severity(), now));
        return c;
    }
}
