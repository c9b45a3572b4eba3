package de.stammkunde.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.outbox.DeliverOutbox;
import de.stammkunde.domain.outbox.OutboxMessage;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.testing.DirectUnitOfWork;
import de.stammkunde.domain.testing.InMemoryCodec;
import de.stammkunde.domain.testing.InMemoryOutbox;
import de.stammkunde.domain.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FactsReachTheirSubscribers {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    interface Noteworthy extends DomainEvent {
        String what();
    }

    record SomethingHappened(ShopId shopId, String what, Instant occurredAt) implements Noteworthy {
    }

    record SomethingElse(ShopId shopId, Instant occurredAt) implements DomainEvent {
    }

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryCodec codec = new InMemoryCodec();
    private final MutableClock clock = new MutableClock(T0);
    private final EventBus bus = new EventBus(outbox, codec, clock);
    private final List<String> seen = new ArrayList<>();

    private DeliverOutbox delivery() {
        return new DeliverOutbox(outbox, List.of(bus), new DirectUnitOfWork(), clock, Duration.ofMinutes(5));
    }

    @Test
    void inTransactionListenersRunAtOnceInTheOrderTheySubscribedAlsoForAnInterface() {
        bus.inTransaction(SomethingHappened.class, e -> seen.add("first " + e.what()));
        bus.inTransaction(Noteworthy.class, e -> seen.add("noteworthy " + e.what()));
        bus.inTransaction(SomethingElse.class, e -> seen.add("else"));

        bus.publish(new SomethingHappened(ShopId.newId(), "sale", T0));

        assertThat(seen).containsExactly("first sale", "noteworthy sale");
        assertThat(outbox.rows).as("nobody subscribed after commit: nothing written").isEmpty();
    }

    @Test
    void aListenerThatFailsFailsThePublishingUseCase() {
        bus.inTransaction(SomethingHappened.class, e -> {
            throw new IllegalStateException("tier state corrupt");
        });

        assertThatThrownBy(() -> bus.publish(new SomethingHappened(ShopId.newId(), "sale", T0)))
                .hasMessage("tier state corrupt");
    }

    @Test
    void afterCommitSubscribersGetOneOutboxMessageEachAndTheEventWhenItIsDelivered() {
        bus.afterCommit("mail.receipt", SomethingHappened.class, e -> seen.add("mail " + e.what()));
        bus.afterCommit("analytics", SomethingHappened.class, e -> seen.add("analytics " + e.what()));
        bus.afterCommit("other", SomethingElse.class, e -> seen.add("else"));
        ShopId shop = ShopId.newId();

        bus.publish(new SomethingHappened(shop, "sale", T0));

        assertThat(seen).as("not before the commit").isEmpty();
        assertThat(outbox.rows.values()).extracting(r -> r.message().topic())
                .containsExactly("event:mail.receipt", "event:analytics");
        assertThat(outbox.rows.values()).extracting(r -> r.message().payloadType())
                .containsOnly("SomethingHappened");
        assertThat(outbox.rows.values()).allSatisfy(r -> assertThat(r.message().shopId()).isEqualTo(shop));

        DeliverOutbox delivery = delivery();
        while (delivery.deliverNext().isPresent()) {
            // deliver everything due
        }

        assertThat(seen).containsExactlyInAnyOrder("mail sale", "analytics sale");
        assertThat(outbox.rows.values()).extracting(InMemoryOutbox.Row::status).containsOnly("DONE");
    }

    @Test
    void anEventOfAnUnknownTypeOrForAGoneSubscriberIsGivenUpNotRetriedForever() {
        bus.afterCommit("mail.receipt", SomethingHappened.class, e -> seen.add(e.what()));
        ShopId shop = ShopId.newId();
        OutboxMessage unknownType = new OutboxMessage(shop, UUID.randomUUID(), "event:mail.receipt", "FromTheFuture",
                "a", "{}");
        OutboxMessage gone = new OutboxMessage(shop, UUID.randomUUID(), "event:removed", "SomethingHappened", "b",
                "{}");
        OutboxMessage unreadable = new OutboxMessage(shop, UUID.randomUUID(), "event:mail.receipt",
                "SomethingHappened", "c", "{\"damaged\": true}");
        for (OutboxMessage m : List.of(unknownType, gone, unreadable)) {
            outbox.add(m, T0, Actor.SYSTEM);
        }

        DeliverOutbox delivery = delivery();
        for (int i = 0; i < 3; i++) {
            assertThat(delivery.deliverNext()).map(DeliverOutbox.Delivery::outcome)
                    .contains(DeliverOutbox.Outcome.FAILED);
        }

        assertThat(outbox.row(unknownType.id()).error()).contains("FromTheFuture");
        assertThat(outbox.row(gone.id()).error()).isEqualTo("no subscriber event:removed any more");
        assertThat(outbox.row(unreadable.id()).error()).startsWith("unreadable SomethingHappened");
        assertThat(seen).isEmpty();
    }

    @Test
    void aSubscriberNameIsTakenOnceAndAnEventTypeNameMeansOneType() {
        bus.afterCommit("mail.receipt", SomethingHappened.class, e -> { });

        assertThatThrownBy(() -> bus.afterCommit("mail.receipt", SomethingElse.class, e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bus.afterCommit("x".repeat(100), SomethingElse.class, e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
