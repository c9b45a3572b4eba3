package de.stammkunde.api.web;

import de.stammkunde.api.problem.ProblemResponseWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits at the door ({@link HttpLimits}): both filters run after Spring's RequestContextFilter (-105, which
 * sets the locale our problems are written in) and before Spring Security (-100), so a refused request costs no
 * session lookup, no security check and no parsing. The body limit comes first: an oversized request is refused
 * without waiting for a slot.
 */
@Configuration(proxyBeanMethods = false)
class HttpLimitsConfiguration {
    static final int BODY_LIMIT_ORDER = -104;
    static final int CONCURRENCY_LIMIT_ORDER = -103;

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(HttpLimits limits,
                                                                          ProblemResponseWriter problems) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits, problems));
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(HttpLimits limits,
                                                                          ProblemResponseWriter problems) {
        var registration = new FilterRegistrationBean<>(new ConcurrencyLimitFilter(limits.maxConcurrentRequests(),
                limits.concurrencyWait(), problems));
        registration.setOrder(CONCURRENCY_LIMIT_ORDER);
        return registration;
    }
}
