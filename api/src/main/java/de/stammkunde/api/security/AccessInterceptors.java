package de.stammkunde.api.security;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.account.CheckSecondFactor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tenant isolation at the door (ShopAccessInterceptor: 404 first), then the endpoint's role before its request is
 * read (RolesBeforeBinding: 403), an owner's missing second factor (OwnerSecondFactorGate: 403), and the record of
 * refused requests (RefusalWitness).
 */
@Configuration(proxyBeanMethods = false)
class AccessInterceptors implements WebMvcConfigurer {
    private final RefusalWitness refusals;
    private final SecondFactorLogin secondFactor;
    private final CheckSecondFactor check;
    private final StammkundeProperties properties;
    private final Transactions tx;

    AccessInterceptors(RefusalWitness refusals, SecondFactorLogin secondFactor, CheckSecondFactor check,
                       StammkundeProperties properties, Transactions tx) {
        this.refusals = refusals;
        this.secondFactor = secondFactor;
        this.check = check;
        this.properties = properties;
        this.tx = tx;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(refusals).addPathPatterns("/api/**");
        registry.addInterceptor(new ShopAccessInterceptor(refusals)).addPathPatterns("/api/v1/shops/**");
        registry.addInterceptor(new RolesBeforeBinding()).addPathPatterns("/api/**");
        registry.addInterceptor(new OwnerSecondFactorGate(secondFactor, check, properties, tx))
                .addPathPatterns("/api/v1/shops/**");
    }
}
