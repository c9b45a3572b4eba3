package de.stammkunde.api.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tenant isolation at the door (ShopAccessInterceptor: 404 first), then the endpoint's role before its request is
 * read (RolesBeforeBinding: 403), and the record of refused requests (RefusalWitness).
 */
@Configuration(proxyBeanMethods = false)
class AccessInterceptors implements WebMvcConfigurer {
    private final RefusalWitness refusals;

    AccessInterceptors(RefusalWitness refusals) {
        this.refusals = refusals;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(refusals).addPathPatterns("/api/**");
        registry.addInterceptor(new ShopAccessInterceptor(refusals)).addPathPatterns("/api/v1/shops/**");
        registry.addInterceptor(new RolesBeforeBinding()).addPathPatterns("/api/**");
    }
}
