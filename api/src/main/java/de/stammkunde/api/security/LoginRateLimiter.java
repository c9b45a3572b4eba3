package de.stammkunde.api.security;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.problem.ApiProblem;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Counts login attempts in Redis, in fixed windows: per account (shop + e-mail) and client address — so one
 * stranger's wrong passwords lock only the stranger out, never the account's owner at another address (ASVS 6.1.1:
 * no malicious lock-out) —, failures per account from all addresses together (a ceiling for an attack spread over
 * many addresses) and failures per client address across accounts (password spraying). The count and its expiry
 * are set atomically by a script, so any number of app instances share one limit.
 */
@Component
public class LoginRateLimiter {
    private static final RedisScript<Long> COUNT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count
            """, Long.class);

    private final StringRedisTemplate redis;
    private final StammkundeProperties properties;

    public LoginRateLimiter(StringRedisTemplate redis, StammkundeProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /**
     * Counts this attempt; throws 429 (with Retry-After) when this address has used up its attempts at the account,
     * the account has failed too often from everywhere, or the address has failed too often across accounts.
     */
    public void countAttempt(String realm, String shopSlug, String email, String clientAddress) {
        var login = properties.login();
        long fromHere = count(accountKey(realm, shopSlug, email) + "@" + clientAddress);
        if (fromHere > login.maxAttempts() || current(accountFailuresKey(realm, shopSlug, email))
                >= login.maxFailuresPerAccount() || current(clientKey(clientAddress)) >= login.maxAttemptsPerClient()) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(login.window().toSeconds()));
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", null, headers,
                    login.window().toMinutes());
        }
    }

    /**
     * Counts a request of some other kind (a password reset, a signup) in its own bucket; throws 429 (with
     * Retry-After) once {@code max} were made in the window. Keys are taken from the request as given, so the
     * answer never tells whether an account exists.
     */
    public void limit(String bucket, String key, int max, Duration window) {
        String redisKey = properties.redisKeyPrefix() + "limit:" + bucket + ":" + key.toLowerCase(Locale.ROOT);
        Long count = redis.execute(COUNT, List.of(redisKey), Long.toString(window.toMillis()));
        if (count != null && count > max) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(window.toSeconds()));
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", null, headers,
                    window.toMinutes());
        }
    }

    /** A failed login counts against the account (from everywhere) and against the client address. */
    public void failed(String realm, String shopSlug, String email, String clientAddress) {
        count(accountFailuresKey(realm, shopSlug, email));
        count(clientKey(clientAddress));
    }

    /** A successful login forgives this address's attempts at the account. */
    public void succeeded(String realm, String shopSlug, String email, String clientAddress) {
        redis.delete(accountKey(realm, shopSlug, email) + "@" + clientAddress);
    }

    private long current(String key) {
        String value = redis.opsForValue().get(key);
        return value == null ? 0 : Long.parseLong(value);
    }

    private long count(String key) {
        Long count = redis.execute(COUNT, List.of(key), Long.toString(properties.login().window().toMillis()));
        return count == null ? 0 : count;
    }

    private String accountFailuresKey(String realm, String shopSlug, String email) {
        return accountKey("login-failures", realm, shopSlug, email);
    }

    private String clientKey(String clientAddress) {
        return properties.redisKeyPrefix() + "login-client:" + clientAddress;
    }

    private String accountKey(String realm, String shopSlug, String email) {
        return accountKey("login", realm, shopSlug, email);
    }

    private String accountKey(String bucket, String realm, String shopSlug, String email) {
        // The same normalisation as the account lookup: every spelling that reaches the account shares its count.
        return properties.redisKeyPrefix() + bucket + ":" + realm + ":" + shopSlug.toLowerCase(Locale.ROOT) + ":"
                + de.stammkunde.domain.shared.EmailAddress.normalise(email);
    }
}
