package de.stammkunde.api.security;

import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.security.jackson.SecurityJacksonModules;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Writes session values to Redis as JSON instead of Java serialisation: readable in {@code redis-cli}, not tied to
 * the class versions of one build, and no deserialisation of arbitrary classes — Spring Security's Jackson modules
 * name the type of each value ({@code @class}) and only allow their own types and ours
 * ({@link StammkundeUser}). The session holds the security context (our principal, its role); the CSRF token is a
 * cookie, not a session value.
 * <p>
 * A value of a type this mapper cannot bring back as itself (it would come back as a map, or not at all) is refused
 * when it is written, with the type named, instead of failing later for whoever reads the session: a new session
 * attribute needs its type allowed here (and a test).
 */
final class SessionJsonSerializer implements RedisSerializer<Object> {
    private final JsonMapper json;

    SessionJsonSerializer(ClassLoader classLoader) {
        BasicPolymorphicTypeValidator.Builder ourTypes = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType(StammkundeUser.class);
        this.json = JsonMapper.builder()
                .addModules(SecurityJacksonModules.getModules(classLoader, ourTypes))
                .build();
    }

    @Override
    public byte[] serialize(@Nullable Object value) {
        if (value == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = json.writeValueAsBytes(value);
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                Object back = json.readValue(bytes, Object.class);
                if (!value.getClass().isInstance(back)) {
                    throw new SerializationException("A session value of type " + value.getClass().getName()
                            + " would not be read back as itself from JSON; allow its type in "
                            + SessionJsonSerializer.class.getSimpleName());
                }
            }
            return bytes;
        } catch (JacksonException e) {
            throw new SerializationException("Cannot write a session value of type "
                    + value.getClass().getName() + " as JSON", e);
        }
    }

    @Override
    public @Nullable Object deserialize(byte @Nullable [] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return json.readValue(bytes, Object.class);
        } catch (JacksonException e) {
            throw new SerializationException("Cannot read a session value from JSON", e);
        }
    }
}
