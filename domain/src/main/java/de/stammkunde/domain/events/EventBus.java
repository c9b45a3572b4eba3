package de.stammkunde.domain.events;

import de.stammkunde.domain.outbox.DeliveryException;
import de.stammkunde.domain.outbox.MessageHandler;
import de.stammkunde.domain.outbox.Outbox;
import de.stammkunde.domain.outbox.OutboxMessage;
import de.stammkunde.domain.outbox.PayloadCodec;
import de.stammkunde.domain.shared.Actor;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The {@link DomainEvents} of the application. {@link #publish} runs every in-transaction listener of the event
 * (in the order they subscribed; a failure rolls the whole transaction back), then writes one outbox message per
 * after-commit subscriber, in the same transaction. As a {@link MessageHandler} for the {@code event:} topics it
 * hands those messages to their subscriber when the outbox job delivers them.
 */
public final class EventBus implements DomainEvents, MessageHandler {
    public static final String TOPIC_PREFIX = "event:";

    private record Listener<E>(Class<E> type, Consumer<? super E> consumer) {
        void offer(DomainEvent event) {
            if (type.isInstance(event)) {
                consumer.accept(type.cast(event));
            }
        }
    }

    private record Subscription<E extends DomainEvent>(String name, Class<E> type, AfterCommit<? super E> handler) {
        void deliver(Object event) {
            handler.handle(type.cast(event));
        }
    }

    private final Outbox outbox;
    private final PayloadCodec codec;
    private final Clock clock;
    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();
    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();
    private final Map<String, Class<? extends DomainEvent>> types = new ConcurrentHashMap<>();

    public EventBus(Outbox outbox, PayloadCodec codec, Clock clock) {
        this.outbox = outbox;
        this.codec = codec;
        this.clock = clock;
    }

    /** Reacts to every event of the type (a class or an interface) inside the publishing transaction. */
    public <E> void inTransaction(Class<E> type, Consumer<? super E> listener) {
        listeners.add(new Listener<>(type, listener));
    }

    /**
     * Reacts to every event of the type after its transaction committed, at least once (see {@link AfterCommit}).
     * {@code subscriber} names the reaction in the outbox (e.g. {@code mail.points-expiring}); never rename it while
     * messages for it may be waiting.
     */
    public <E extends Record & DomainEvent> void afterCommit(String subscriber, Class<E> type,
                                                             AfterCommit<? super E> handler) {
        String topic = TOPIC_PREFIX + subscriber;
        if (topic.length() > OutboxMessage.MAX_TOPIC || subscriptions.stream().anyMatch(s -> s.name().equals(topic))) {
            throw new IllegalArgumentException("subscriber names are unique and short: " + subscriber);
        }
        Class<? extends DomainEvent> known = types.putIfAbsent(typeName(type), type);
        if (known != null && known != type) {
            throw new IllegalArgumentException("two event types named " + typeName(type) + ": " + known + ", " + type);
        }
        subscriptions.add(new Subscription<>(topic, type, handler));
    }

    public void register(EventSubscriber subscriber) {
        subscriber.subscribeTo(this);
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        for (Listener<?> listener : listeners) {
            listener.offer(event);
        }
        for (Subscription<?> subscription : subscriptions) {
            if (subscription.type() == event.getClass()) {
                UUID id = UUID.randomUUID();
                outbox.add(new OutboxMessage(event.shopId(), id, subscription.name(), typeName(event.getClass()),
                        id.toString(), codec.encode(event)), clock.instant().truncatedTo(ChronoUnit.MICROS),
                        Actor.SYSTEM);
            }
        }
    }

    @Override
    public boolean handles(String topic) {
        return topic.startsWith(TOPIC_PREFIX);
    }

    /** After-commit subscribers write to the database (a mail queued, a projection updated): exactly once. */
    @Override
    public boolean transactional(String topic) {
        return true;
    }

    @Override
    public void handle(OutboxMessage message) {
        Subscription<?> subscription = subscriptions.stream().filter(s -> s.name().equals(message.topic()))
                .findFirst()
                .orElseThrow(() -> new DeliveryException("no subscriber " + message.topic() + " any more", true));
        Class<? extends DomainEvent> type = types.get(message.payloadType());
        if (type == null || type != subscription.type()) {
            throw new DeliveryException("event type " + message.payloadType() + " is not what "
                    + message.topic() + " takes", true);
        }
        Object event;
        try {
            event = codec.decode(message.payload(), type);
        } catch (RuntimeException e) {
            throw new DeliveryException("unreadable " + message.payloadType() + ": " + e.getMessage(), true, e);
        }
        subscription.deliver(event);
    }

    static String typeName(Class<?> type) {
        return type.getSimpleName();
    }
}
