package de.stammkunde.api.input;

import de.stammkunde.api.problem.ProblemResponseWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the input checks in place: the filter at the door, the path variable check after the tenant check. */
@Configuration(proxyBeanMethods = false)
class InputSafetyConfiguration implements WebMvcConfigurer {
    /**
     * After Spring's RequestContextFilter (-105, which sets the locale our problems are written in) and before
     * Spring Security (-100), so no security filter, session or controller reads a refused value.
     */
    static final int FILTER_ORDER = -104;

    @Bean
    FilterRegistrationBean<UnsafeInputFilter> unsafeInputFilter(ProblemResponseWriter problems) {
        FilterRegistrationBean<UnsafeInputFilter> registration =
                new FilterRegistrationBean<>(new UnsafeInputFilter(problems));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Order 1: after the tenant check (ShopAccessInterceptor, order 0), so another shop's paths stay 404.
        registry.addInterceptor(new PathVariableGuard()).order(1);
    }
}
