package de.stammkunde.api.security;

import de.stammkunde.api.config.StammkundeProperties;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session of one person: when an owner off-boards staff, or a password changes (then all but the session
 * that changed it). Sessions are indexed per person in a Redis set ({@code <prefix>session-index:<person>}) when
 * they start; ending deletes each session from Spring Session's repository (its data is gone at once, not merely
 * expired) and the index with it.
 */
@Component
public class SessionTermination {
    private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);
    /** Longer than any session lives, so the index of someone who never logs out disappears by itself. */
    private static final Duration INDEX_LIFETIME = Duration.ofDays(2);

    private final SessionRepository<?> sessions;
    private final StringRedisTemplate redis;
    private final String prefix;

    SessionTermination(SessionRepository<?> sessions, StringRedisTemplate redis, StammkundeProperties properties) {
        this.sessions = sessions;
        this.redis = redis;
        this.prefix = properties.redisKeyPrefix() + "session-index:";
    }

    /** Remembers that the person has this session (at login). */
    void remember(String sessionKey, String sessionId) {
        redis.opsForSet().add(prefix + sessionKey, sessionId);
        redis.expire(prefix + sessionKey, INDEX_LIFETIME);
    }

    /** The person logged out of this session. */
    void forget(String sessionKey, String sessionId) {
        redis.opsForSet().remove(prefix + sessionKey, sessionId);
    }

    /** Ends all sessions of the person; returns how many were still open. */
    public int endAll(String sessionKey) {
        return endAllExcept(sessionKey, null);
    }

    /** Ends all sessions of the person but {@code keep}; returns how many were still open. */
    public int endAllExcept(String sessionKey, @Nullable String keep) {
        Set<String> ids = redis.opsForSet().members(prefix + sessionKey);
        int ended = 0;
        for (String id : ids == null ? Set.<String>of() : ids) {
            if (id.equals(keep)) {
                continue;
            }
            if (sessions.findById(id) != null) {
                ended++;
            }
            sessions.deleteById(id);
            redis.opsForSet().remove(prefix + sessionKey, id);
        }
        if (ended > 0) {
            log.info("security: ended {} session(s) of {}", ended, sessionKey);
        }
        return ended;
    }

    /** The person's open sessions (for tests and an owner's view of active sessions). */
    public int openSessions(String sessionKey) {
        Set<String> ids = redis.opsForSet().members(prefix + sessionKey);
        return ids == null ? 0 : (int) ids.stream().filter(id -> sessions.findById(id) != null).count();
    }
}
