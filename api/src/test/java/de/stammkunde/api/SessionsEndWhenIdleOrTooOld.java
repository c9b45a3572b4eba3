package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.RedisSessions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A browser session ends after 30 minutes without a request, and 12 hours after login however busy it was. Time is
 * moved by moving the session's own clock readings in Redis back (what the server compares with now), so the
 * production settings are what is tested.
 */
class SessionsEndWhenIdleOrTooOld extends ApiTest {
    @Autowired
    StringRedisTemplate redis;

    private RedisSessions sessions;

    @BeforeEach
    void sessions() {
        sessions = new RedisSessions(redis);
    }

    @Test
    void aSessionIdleForMoreThanThirtyMinutesIsOver() {
        var shop = fixtures().newShop();
        ApiClient owner = shop.owner();
        assertThat(sessions.fields(owner)).containsEntry("maxInactiveInterval", "1800");

        sessions.set(owner, "lastAccessedTime", Long.toString(ago(Duration.ofMinutes(29))));
        assertThat(owner.get(shop.path("/customers")).status()).as("29 minutes idle").isEqualTo(200);

        String key = sessions.keyOf(owner);
        sessions.set(owner, "lastAccessedTime", Long.toString(ago(Duration.ofMinutes(31))));
        var afterIdle = owner.get(shop.path("/customers"));
        assertThat(afterIdle.status()).as("31 minutes idle").isEqualTo(401);
        assertThat(afterIdle.text("/code")).isEqualTo("unauthenticated");
        assertThat(redis.hasKey(key)).as("the session is gone from Redis").isFalse();
    }

    @Test
    void aSessionEndsTwelveHoursAfterLoginHoweverBusyItWas() {
        var shop = fixtures().newShop();
        ApiClient owner = shop.owner();

        sessions.set(owner, "creationTime", Long.toString(ago(Duration.ofHours(12).minusMinutes(1))));
        assertThat(owner.get(shop.path("/customers")).status()).as("11 h 59 min after login").isEqualTo(200);

        String key = sessions.keyOf(owner);
        sessions.set(owner, "creationTime", Long.toString(ago(Duration.ofHours(12).plusMinutes(1))));
        // The session was used a moment ago: only its age ends it.
        assertThat(Long.parseLong(sessions.fields(owner).get("lastAccessedTime")))
                .isGreaterThan(ago(Duration.ofMinutes(1)));
        var tooOld = owner.get(shop.path("/customers"));
        assertThat(tooOld.status()).as("12 h 1 min after login").isEqualTo(401);
        assertThat(tooOld.header("Set-Cookie")).as("the browser is told to forget the cookie")
                .hasValueSatisfying(cookie -> assertThat(cookie).contains(SESSION_COOKIE + "=;")
                        .contains("Max-Age=0"));
        assertThat(redis.hasKey(key)).as("the session is gone from Redis").isFalse();
        assertThat(owner.get("/api/v1/auth/session").json().at("/authenticated").asBoolean()).isFalse();
    }

    private static long ago(Duration duration) {
        return System.currentTimeMillis() - duration.toMillis();
    }
}
