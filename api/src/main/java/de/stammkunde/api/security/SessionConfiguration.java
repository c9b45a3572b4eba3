package de.stammkunde.api.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.serializer.RedisSerializer;

/**
 * Browser sessions (Spring Session in Redis): the cookie as {@link Cookies} says, values stored as JSON, 30 minutes
 * idle timeout
 * ({@code spring.session.timeout}) and 12 hours at most since login ({@code stammkunde.session.absolute-lifetime}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {
    /** After Spring Session's filter (which wraps the request) and before Spring Security (-100). */
    static final int LIFETIME_FILTER_ORDER = -102;

    /** The bean name is what Spring Session looks for; without it, sessions are Java-serialised. */
    @Bean
    RedisSerializer<Object> springSessionDefaultRedisSerializer() {
        return new SessionJsonSerializer(SessionConfiguration.class.getClassLoader());
    }

    /**
     * Session ids of 256 bits from {@link java.security.SecureRandom}, Base64url (ASVS 7.2.3 asks for 128 at least;
     * Spring Session's default, a random UUID, has 122).
     */
    @Bean
    org.springframework.session.config.SessionRepositoryCustomizer<org.springframework.session.data.redis.RedisSessionRepository>
            strongSessionIds() {
        return repository -> repository.setSessionIdGenerator(StrongSessionIds::next);
    }

    /** Where the session ids come from. */
    static final class StrongSessionIds {
        private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

        private StrongSessionIds() {
        }

        static String next() {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    /** The session cookie: see {@link Cookies}. */
    @Bean
    DefaultCookieSerializerCustomizer sessionCookie(Cookies cookies) {
        return serializer -> {
            serializer.setCookieName(cookies.session());
            serializer.setUseSecureCookie(cookies.secure());
            serializer.setUseHttpOnlyCookie(true);
            serializer.setSameSite(Cookies.SAME_SITE);
            serializer.setCookiePath("/");
            serializer.setDomainName(null);
        };
    }

    /** Around Spring Session's filter (its order is {@code SessionRepositoryFilter.DEFAULT_ORDER}). */
    @Bean
    FilterRegistrationBean<EndedSessionTolerance> endedSessionTolerance() {
        var registration = new FilterRegistrationBean<>(new EndedSessionTolerance());
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(
            @Value("${stammkunde.session.absolute-lifetime}") Duration lifetime, Clock clock) {
        var registration = new FilterRegistrationBean<>(new SessionLifetimeFilter(lifetime, clock));
        registration.setOrder(LIFETIME_FILTER_ORDER);
        return registration;
    }
}
