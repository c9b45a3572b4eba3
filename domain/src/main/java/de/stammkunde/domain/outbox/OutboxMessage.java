package de.stammkunde.domain.outbox;

import de.stammkunde.domain.shared.ShopId;
import java.util.Objects;
import java.util.UUID;

/**
 * A message waiting in the outbox. {@code topic} names who delivers it ({@code mail}, {@code event:<subscriber>}),
 * {@code payloadType} what the payload is (a mail template, an event type), {@code payload} the JSON itself;
 * {@code dedupeKey} is unique per shop and topic, so queuing the same fact twice queues one message.
 */
public record OutboxMessage(ShopId shopId, UUID id, String topic, String payloadType, String dedupeKey,
                            String payload) {
    public static final int MAX_TOPIC = 100;
    public static final int MAX_DEDUPE_KEY = 200;

    public OutboxMessage {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(payload, "payload");
        if (topic.isEmpty() || topic.length() > MAX_TOPIC || dedupeKey.isEmpty()
                || dedupeKey.length() > MAX_DEDUPE_KEY) {
            throw new IllegalArgumentException("topic 1.." + MAX_TOPIC + ", dedupe key 1.." + MAX_DEDUPE_KEY
                    + " characters: " + topic + " / " + dedupeKey);
        }
    }
}
