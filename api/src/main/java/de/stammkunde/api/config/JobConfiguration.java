package de.stammkunde.api.config;

import de.stammkunde.api.config.StammkundeProperties;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.redis.spring.RedisLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on one app instance at a time: ShedLock takes a lock in Redis (under our key prefix) before
 * each run. {@code stammkunde.jobs.enabled=false} switches scheduling off (the jobs stay callable).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@ConditionalOnProperty(name = "stammkunde.jobs.enabled", havingValue = "true", matchIfMissing = true)
class JobConfiguration {
    @Bean
    LockProvider lockProvider(RedisConnectionFactory redis, StammkundeProperties properties) {
        return new RedisLockProvider.Builder(redis).keyPrefix(properties.redisKeyPrefix() + "job-lock")
                .environment("default").build();
    }
}
