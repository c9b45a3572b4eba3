package de.stammkunde.domain.contact;

import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Use case: an agent (or the owner) records a contact with a customer. The times must be in order (received ≤ first
 * response ≤ ended), none in the future, none older than a year (older history comes by import); the handling time
 * is at most 24 hours. Recorded by staff, the staff member is the contact's agent.
 */
public final class RecordContact {
    public static final Duration MAX_AGE = Duration.ofDays(366);
    public static final Duration MAX_HANDLING = Duration.ofHours(24);
    /** Clocks of phones and tills differ a little: a time up to this far ahead counts as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public record Command(Channel channel, Direction direction, @Nullable Instant receivedAt,
                          @Nullable Instant firstResponseAt, @Nullable Instant endedAt,
                          @Nullable Integer handlingMinutes, String topic, @Nullable String notes,
                          @Nullable CustomerType customerType) {
    }

    private final Customers customers;
    private final ServiceContacts contacts;
    private final DomainEvents events;
    private final Clock clock;

    public RecordContact(Customers customers, ServiceContacts contacts, DomainEvents events, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    public ServiceContact record(ShopId shopId, CustomerId customerId, Command command, Actor actor) {
        customers.byId(shopId, customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant received = command.receivedAt() == null ? now : command.receivedAt().truncatedTo(ChronoUnit.MICROS);
        notInTheFuture(received, now, "receivedAt");
        if (received.isBefore(now.minus(MAX_AGE))) {
            Decision.reject("contact-too-old", "receivedAt", "A contact can be recorded up to a year back").orThrow();
        }
        Instant firstResponse = truncated(command.firstResponseAt());
        Instant ended = truncated(command.endedAt());
        if (firstResponse != null) {
            notInTheFuture(firstResponse, now, "firstResponseAt");
            if (firstResponse.isBefore(received)) {
                Decision.reject("contact-times-order", "firstResponseAt",
                        "The first response cannot come before the contact was received").orThrow();
            }
        }
        if (ended != null) {
            notInTheFuture(ended, now, "endedAt");
            if (ended.isBefore(firstResponse != null ? firstResponse : received)) {
                Decision.reject("contact-times-order", "endedAt",
                        "A contact cannot end before it was received and answered").orThrow();
            }
        }
        Duration handling = command.handlingMinutes() == null ? null
                : Duration.ofMinutes(command.handlingMinutes());
        if (handling != null && (handling.isNegative() || handling.compareTo(MAX_HANDLING) > 0)) {
            Decision.reject("contact-handling-time", "handlingMinutes",
                    "Handling time is 0 to {0} minutes", MAX_HANDLING.toMinutes()).orThrow();
        }
        if (command.topic().isBlank()) {
            Decision.reject("contact-topic-required", "topic", "Say what the contact was about").orThrow();
        }
        String notes = command.notes() == null || command.notes().isBlank() ? null : command.notes().strip();
        ServiceContact contact = new ServiceContact(shopId, UUID.randomUUID(), customerId, command.channel(),
                command.direction(), received, firstResponse, ended, handling,
                actor.kind() == Actor.Kind.STAFF ? actor.id() : null, command.topic().strip(), notes,
                command.customerType(), actor.describe(), now);
        contacts.add(contact);
        events.publish(new ContactRecorded(shopId, contact.id(), customerId, contact.channel(), now));
        return contact;
    }

    private static void notInTheFuture(Instant at, Instant now, String field) {
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            Decision.reject("contact-in-future", field, "A contact cannot be in the future").orThrow();
        }
    }

    private static @Nullable Instant truncated(@Nullable Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }
}
