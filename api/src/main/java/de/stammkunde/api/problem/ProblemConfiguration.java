package de.stammkunde.api.problem;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Servlet-level pieces of "every error is a problem" that Spring MVC's exception handlers cannot reach. */
@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {
    /** After Spring's RequestContextFilter (-105, the locale), around Spring Security (-100). */
    @Bean
    FilterRegistrationBean<ActuatorErrorsAsProblems> actuatorErrorsAsProblems(ProblemResponseWriter writer,
                                                                              Problems problems) {
        FilterRegistrationBean<ActuatorErrorsAsProblems> registration =
                new FilterRegistrationBean<>(new ActuatorErrorsAsProblems(writer, problems));
        registration.addUrlPatterns("/actuator/*");
        registration.setOrder(-103);
        return registration;
    }
}
