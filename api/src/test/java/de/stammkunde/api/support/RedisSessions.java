package de.stammkunde.api.support;

import de.stammkunde.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A client's browser session as Spring Session keeps it in Redis: one hash per session, values as JSON. */
public final class RedisSessions {
    private final StringRedisTemplate redis;

    public RedisSessions(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The session id inside the session cookie (Spring Session writes it Base64-encoded). */
    public static String sessionId(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
    }

    /** Where a session lives: {@code spring.session.data.redis.namespace} + ":sessions:" + id. */
    public static String key(String sessionId) {
        return TestInfrastructure.get().redisKeyPrefix() + "session-json:sessions:" + sessionId;
    }

    public String keyOf(ApiClient client) {
        return key(sessionId(client.cookie(ApiTest.SESSION_COOKIE).orElseThrow()));
    }

    /** All fields of the session, as stored. */
    public Map<String, String> fields(ApiClient client) {
        Map<String, String> fields = new TreeMap<>();
        redis.opsForHash().entries(keyOf(client)).forEach((k, v) -> fields.put((String) k, (String) v));
        return fields;
    }

    public void set(ApiClient client, String field, String json) {
        redis.opsForHash().put(keyOf(client), field, json);
    }

    public boolean exists(ApiClient client) {
        return Boolean.TRUE.equals(redis.hasKey(keyOf(client)));
    }
}
