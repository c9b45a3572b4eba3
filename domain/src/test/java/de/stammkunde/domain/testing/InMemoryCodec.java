package de.stammkunde.domain.testing;

import de.stammkunde.domain.outbox.PayloadCodec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the JSON codec: keeps the payload object and hands out a token for it. Decoding checks the type,
 * as JSON would refuse a payload of another shape. (The real codec's round trip is tested in the api module.)
 */
public final class InMemoryCodec implements PayloadCodec {
    private final Map<String, Object> payloads = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();

    @Override
    public String encode(Object value) {
        String token = "{\"ref\":" + next.incrementAndGet() + "}";
        payloads.put(token, value);
        return token;
    }

    @Override
    public <T> T decode(String json, Class<T> type) {
        Object value = payloads.get(json);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + json);
        }
        return type.cast(value);
    }
}
