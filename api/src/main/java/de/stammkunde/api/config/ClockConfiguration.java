package de.stammkunde.api.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application (tests replace it when they need to move time). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {
    @Bean
    HistoryClock clock() {
        return new HistoryClock(Clock.systemUTC());
    }
}
