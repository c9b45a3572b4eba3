package de.stammkunde.api.outbox;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import de.stammkunde.domain.outbox.PayloadCodec;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbox payloads as JSON. Its own mapper, not the HTTP one: what the outbox stores must not change when the API's
 * JSON settings do. Only fields are written (a record's components — not {@code isPositive()}-style methods), and
 * unknown properties are refused, so a payload written by another version is given up rather than half-read.
 */
final class JacksonPayloadCodec implements PayloadCodec {
    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Override
    public String encode(Object value) {
        return json.writeValueAsString(value);
    }

    @Override
    public <T> T decode(String payload, Class<T> type) {
        return json.readValue(payload, type);
    }
}
