package de.stammkunde.api.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** German or English, chosen by the Accept-Language header; English when neither is asked for. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.ENGLISH, Locale.GERMAN));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
