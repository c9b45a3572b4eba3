package de.stammkunde.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * How the browser app's files are served. The build names every script and stylesheet after its content
 * ({@code /assets/index-QC2M5cmd.js}), so a browser may keep them for a year without asking again ({@code immutable});
 * {@code index.html} names the current ones and is revalidated on every load ({@code no-cache}: a 304 when unchanged),
 * so a new version is picked up at once. The build also writes brotli and gzip copies of each asset
 * ({@code vite.config.ts}); a browser that accepts them gets the compressed file, with {@code Vary: Accept-Encoding}
 * — brotli when it accepts both, whatever order it lists them in (Spring picks the first listed, and browsers list
 * gzip first).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration implements WebMvcConfigurer {
    static final String LOCATION = "classpath:/META-INF/resources/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new BrotliFirst())
                .addResolver(new PathResourceResolver());
        registry.addResourceHandler("/index.html", "/favicon.svg")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new BrotliFirst())
                .addResolver(new PathResourceResolver());
    }

    /** Spring's resolver, asked with br moved to the front of Accept-Encoding when the browser accepts it. */
    static final class BrotliFirst extends EncodedResourceResolver {
        @Override
        protected @Nullable Resource resolveResourceInternal(@Nullable HttpServletRequest request, String requestPath,
                                                             List<? extends Resource> locations,
                                                             ResourceResolverChain chain) {
            return super.resolveResourceInternal(request == null ? null : new HttpServletRequestWrapper(request) {
                @Override
                public @Nullable String getHeader(String name) {
                    String value = super.getHeader(name);
                    if (value == null || !HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name)) {
                        return value;
                    }
                    List<String> codings = new ArrayList<>(Arrays.stream(value.split(",")).map(String::strip).toList());
                    codings.sort(Comparator.comparing(c -> !c.toLowerCase(Locale.ROOT).startsWith("br")));
                    return String.join(", ", codings);
                }
            }, requestPath, locations, chain);
        }
    }
}
