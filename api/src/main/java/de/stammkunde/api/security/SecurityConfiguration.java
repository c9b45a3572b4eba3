package de.stammkunde.api.security;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.problem.ProblemResponseWriter;
import de.stammkunde.domain.overview.CustomerQueries;
import de.stammkunde.domain.staff.StaffQueries;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Cookie sessions in Redis, CSRF tokens in a readable cookie (the SPA echoes it in X-XSRF-TOKEN), and problem
 * responses for 401/403. Roles: OWNER and AGENT for /api/v1/shops/**, CUSTOMER for /api/v1/portal/**.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {
    /**
     * Actuator: health (status only) for anyone, e.g. a load balancer; metrics and the health details only for
     * the monitoring token ({@code stammkunde.monitoring.token}); nothing else.
     */
    @Bean
    @org.springframework.core.annotation.Order(0)
    SecurityFilterChain monitoringSecurity(HttpSecurity http, ProblemResponseWriter problems,
                                           @Value("${stammkunde.monitoring.token:}") String token) throws Exception {
        return stateless(http.securityMatcher("/actuator/**"), new MonitoringTokenFilter(token), problems,
                "unauthenticated")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(MonitoringTokenFilter.ROLE)
                        .anyRequest().denyAll())
                .build();
    }

    /** Integration calls (the till) with {@code Authorization: Bearer stk_…}: stateless, no cookies, no CSRF. */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain apiKeySecurity(HttpSecurity http, ApiKeyAuthenticationFilter apiKeys,
                                       ProblemResponseWriter problems) throws Exception {
        return stateless(http.securityMatcher(request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.startsWith("Bearer ");
        }), apiKeys, problems, "invalid-api-key")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/shops/**").hasRole(Role.TILL.name())
                        .anyRequest().denyAll())
                .build();
    }

    /** A chain for machines: a token filter instead of sessions, no cookies, no CSRF, problems for 401/403. */
    private static HttpSecurity stateless(HttpSecurity http, jakarta.servlet.Filter tokenFilter,
                                          ProblemResponseWriter problems, String unauthenticatedCode)
            throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .addFilterBefore(tokenFilter,
                        org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(response, HttpStatus.UNAUTHORIZED, unauthenticatedCode))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "forbidden")))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .headers(headers -> securityHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(
                        ProblemResponseWriter.API_CSP)));
    }

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, CsrfTokenRepository csrfTokens,
                                    SecurityContextRepository contexts, ProblemResponseWriter problems,
                                    StaffQueries staff, CustomerQueries customers, Transactions tx,
                                    RefusalWitness refusals)
            throws Exception {
        http
                .addFilterAfter(new AccountStatusFilter(staff, customers, contexts, tx),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens))
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/auth/**", "/api/v1/portal/auth/**", "/api/v1/surveys/**")
                        .permitAll()
                        .requestMatchers("/api/v1/portal/**").hasRole(Role.CUSTOMER.name())
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated"))
                        .accessDeniedHandler((request, response, e) -> {
                            String code = e instanceof CsrfException ? "csrf" : "forbidden";
                            refusals.refused(request, code);
                            problems.write(response, HttpStatus.FORBIDDEN, code);
                        }))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .headers(headers -> securityHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    /**
     * Spring Security's defaults (nosniff, frame DENY, no caching of API answers) plus: no Referer ever leaves a page
     * of ours — invitation, activation and other links carry their token in the path, and the next site must not
     * learn it; HSTS for a year with subdomains, sent on HTTPS requests only (behind a proxy that ends TLS, when it is
     * a trusted proxy that says X-Forwarded-Proto: https).
     */
    private static HeadersConfigurer<HttpSecurity> securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true));
    }

    /** The API key filter runs only inside the Bearer security chain, not as a servlet filter of its own. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<ApiKeyAuthenticationFilter> apiKeyFilterRegistration(
            ApiKeyAuthenticationFilter filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** The CSRF token in a cookie the web app reads ({@link Cookies}); it sends it back in X-XSRF-TOKEN. */
    @Bean
    CsrfTokenRepository csrfTokenRepository(Cookies cookies) {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(cookies.csrf());
        repository.setCookieCustomizer(cookie -> cookie.secure(cookies.secure()).sameSite(Cookies.SAME_SITE)
                .path("/"));
        return repository;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * New hashes are Argon2id, stored as {@code {argon2}$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}: 19 MiB of
     * memory, 2 passes, 1 lane — the first of OWASP's recommended settings (Password Storage Cheat Sheet), about
     * 20 ms per hash on the 2-core development machine (bcrypt at strength 10 took ~65 ms), so the tests need no
     * cheaper setting. The parameters travel inside each hash, so raising {@code stammkunde.passwords.argon2.*}
     * later keeps every stored hash valid, and {@code PasswordHasher#needsRehash} has weaker ones re-hashed at the
     * next login, just like the {@code {bcrypt}} hashes made before Argon2id. No other legacy algorithm is accepted.
     * bcrypt reads only a password's first 72 bytes, and none longer was ever hashed with it: a longer input never
     * matches a bcrypt hash (else a 72-byte password plus anything would log in, and be stored as the new one).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${stammkunde.passwords.argon2.memory-kib:19456}") int memoryKib,
                                    @Value("${stammkunde.passwords.argon2.iterations:2}") int iterations) {
        String argon2 = "argon2";
        return new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations),
                "bcrypt", new BCryptPasswordEncoder() {
                    @Override
                    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
                        return rawPassword.getBytes(StandardCharsets.UTF_8).length <= 72
                                && super.matchesNonNull(rawPassword, encodedPassword);
                    }
                }));
    }

}
