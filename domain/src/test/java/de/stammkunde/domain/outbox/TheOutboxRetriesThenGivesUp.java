package de.stammkunde.domain.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.testing.DirectUnitOfWork;
import de.stammkunde.domain.testing.InMemoryOutbox;
import de.stammkunde.domain.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TheOutboxRetriesThenGivesUp {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final MutableClock clock = new MutableClock(T0);
    private final DirectUnitOfWork work = new DirectUnitOfWork();
    private final List<String> handled = new ArrayList<>();

    private MessageHandler handler(String topic, boolean transactional, Consumer<OutboxMessage> onMessage) {
        return new MessageHandler() {
            @Override
            public boolean handles(String t) {
                return t.equals(topic);
            }

            @Override
            public boolean transactional(String t) {
                return transactional;
            }

            @Override
            public void handle(OutboxMessage message) {
                onMessage.accept(message);
                handled.add(message.dedupeKey());
            }
        };
    }

    private DeliverOutbox deliver(MessageHandler... handlers) {
        return new DeliverOutbox(outbox, List.of(handlers), work, clock, Duration.ofMinutes(5));
    }

    private OutboxMessage queue(String topic, String key) {
        OutboxMessage message = new OutboxMessage(ShopId.newId(), UUID.randomUUID(), topic, "T", key, "{}");
        outbox.add(message, clock.instant(), Actor.SYSTEM);
        return message;
    }

    private static Optional<DeliverOutbox.Outcome> outcome(Optional<DeliverOutbox.Delivery> delivery) {
        return delivery.map(DeliverOutbox.Delivery::outcome);
    }

    @Test
    void aDueMessageIsHandledAndMarkedDoneOnceInThreeShortTransactions() {
        DeliverOutbox deliver = deliver(handler("mail", false, m -> { }));
        OutboxMessage message = queue("mail", "k1");

        assertThat(outcome(deliver.deliverNext())).contains(DeliverOutbox.Outcome.DONE);
        assertThat(deliver.deliverNext()).isEmpty();

        assertThat(handled).containsExactly("k1");
        assertThat(outbox.row(message.id()).status()).isEqualTo("DONE");
        assertThat(outbox.row(message.id()).attempts()).isEqualTo(1);
        assertThat(work.transactions).as("claim, mark done, and the empty claim").isEqualTo(3);
    }

    @Test
    void aTransientFailureWaitsLongerEachTimeAndGivesUpAfterTenAttempts() {
        DeliverOutbox deliver = deliver(handler("mail", false, m -> {
            throw new DeliveryException("Connection refused", false);
        }));
        OutboxMessage message = queue("mail", "k2");

        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt < DeliverOutbox.MAX_ATTEMPTS; attempt++) {
            assertThat(outcome(deliver.deliverNext())).contains(DeliverOutbox.Outcome.RETRY_LATER);
            assertThat(deliver.deliverNext()).as("not due again before its time").isEmpty();
            Instant next = outbox.row(message.id()).next();
            waits.add(Duration.between(clock.instant(), next));
            clock.set(next);
        }
        assertThat(outcome(deliver.deliverNext())).contains(DeliverOutbox.Outcome.FAILED);
        assertThat(deliver.deliverNext()).isEmpty();

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofMinutes(64),
                Duration.ofMinutes(128), Duration.ofMinutes(256));
        assertThat(outbox.row(message.id()).attempts()).isEqualTo(10);
        assertThat(outbox.row(message.id()).error()).isEqualTo("Connection refused");
        assertThat(DeliverOutbox.waitAfter(12)).isEqualTo(Duration.ofHours(6));
        assertThat(DeliverOutbox.waitAfter(64)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void anUnexpectedExceptionIsTriedAgainAndAPermanentFailureGivenUpAtOnceWithoutBlockingTheNext() {
        DeliverOutbox deliver = deliver(handler("mail", false, m -> {
            switch (m.dedupeKey()) {
                case "bug" -> throw new IllegalStateException("NullPointer somewhere");
                case "rejected" -> throw new DeliveryException("550 no such user", true);
                default -> { }
            }
        }));
        OutboxMessage bug = queue("mail", "bug");
        clock.advance(Duration.ofSeconds(1));
        OutboxMessage rejected = queue("mail", "rejected");
        clock.advance(Duration.ofSeconds(1));
        queue("mail", "fine");

        assertThat(outcome(deliver.deliverNext())).contains(DeliverOutbox.Outcome.RETRY_LATER);
        assertThat(outcome(deliver.deliverNext())).contains(DeliverOutbox.Outcome.FAILED);
        assertThat(outcome(deliver.deliverNext())).contains(DeliverOutbox.Outcome.DONE);
        assertThat(deliver.deliverNext()).isEmpty();

        assertThat(outbox.row(bug.id()).error()).isEqualTo("NullPointer somewhere");
        assertThat(outbox.row(rejected.id()).status()).isEqualTo("FAILED");
        assertThat(handled).containsExactly("fine");
    }

    @Test
    void aMessageNobodyDeliversAnyMoreIsGivenUpWithTheReason() {
        OutboxMessage orphan = queue("event:removed-subscriber", "k");

        assertThat(outcome(deliver(handler("mail", false, m -> { })).deliverNext()))
                .contains(DeliverOutbox.Outcome.FAILED);

        assertThat(outbox.row(orphan.id()).error()).isEqualTo("nobody delivers topic event:removed-subscriber");
    }

    @Test
    void aDeliveryThatDiesHalfWayIsClaimedAgainWhenItsLeaseRunsOutAndTheLateDelivererSettlesNothing() {
        OutboxMessage message = queue("webhook", "k");
        DeliverOutbox dying = deliver(handler("webhook", false, m -> {
            throw new Error("the process was killed here");
        }));

        assertThatThrownBy(dying::deliverNext).hasMessage("the process was killed here");
        assertThat(outbox.row(message.id()).status()).isEqualTo("SENDING");
        DeliverOutbox healthy = deliver(handler("webhook", false, m -> { }));
        assertThat(healthy.deliverNext()).as("leased to the dead deliverer").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        Optional<DeliverOutbox.Delivery> again = healthy.deliverNext();

        assertThat(outcome(again)).contains(DeliverOutbox.Outcome.DONE);
        assertThat(again.orElseThrow().attempt()).isEqualTo(2);
        assertThat(handled).containsExactly("k");
    }

    @Test
    void aMessageWhoseDeliveriesKeepDyingIsGivenUpAfterTenClaims() {
        OutboxMessage poison = queue("webhook", "poison");
        for (int i = 0; i < DeliverOutbox.MAX_ATTEMPTS; i++) {
            outbox.claimNext(clock.instant(), Duration.ofMinutes(5));
            clock.advance(Duration.ofMinutes(5));
        }

        assertThat(outcome(deliver(handler("webhook", false, m -> { })).deliverNext()))
                .contains(DeliverOutbox.Outcome.FAILED);

        assertThat(handled).as("not handed out an eleventh time").isEmpty();
        assertThat(outbox.row(poison.id()).error()).isEqualTo("delivery did not finish in 10 attempts");
    }

    @Test
    void aTransactionalHandlerCommitsItsWritesTogetherWithDone() {
        List<Integer> transactionsSeenByHandler = new ArrayList<>();
        DeliverOutbox deliver = deliver(handler("event:x", true, m -> transactionsSeenByHandler.add(work.transactions)));
        OutboxMessage message = queue("event:x", "k");

        assertThat(outcome(deliver.deliverNext())).contains(DeliverOutbox.Outcome.DONE);

        assertThat(transactionsSeenByHandler).as("handled inside the second transaction").containsExactly(2);
        assertThat(work.transactions).as("claim, handle + done").isEqualTo(2);
        assertThat(outbox.row(message.id()).status()).isEqualTo("DONE");
    }

    @Test
    void aDelivererThatLostItsLeaseReportsItInsteadOfMarkingTheNewerAttempt() {
        OutboxMessage message = queue("slow", "k");
        DeliverOutbox slow = deliver(handler("slow", false, m -> {
            // Meanwhile the lease ran out and another run claimed the message.
            clock.advance(Duration.ofMinutes(6));
            outbox.claimNext(clock.instant(), Duration.ofMinutes(5));
        }));

        assertThat(outcome(slow.deliverNext())).contains(DeliverOutbox.Outcome.LEASE_LOST);
        assertThat(outbox.row(message.id()).status()).as("the newer claim still holds it").isEqualTo("SENDING");
        assertThat(outbox.row(message.id()).attempts()).isEqualTo(2);
    }
}
