package uk.saferhub.identity.internal;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

import uk.saferhub.audit.AuditTrail;

/**
 * The web security rules. Pages and the API state their own access on each handler ({@code @PreAuthorize} or
 * {@code @PermitAll}); these chains only decide how callers authenticate and what is public before any handler.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** The server's own static files: the same for everyone, so served without a session and cached by browsers. */
    static final String[] STATIC_PATHS = {
        "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/robots.txt"
    };

    static final String[] PUBLIC_PATHS = {
        "/", "/login", "/error", "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/robots.txt",
        "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
        "/swagger-ui.html", "/accessibility",
        "/calendars/feeds/*", // iCalendar feeds: the secret token in the URL is the credential
        "/public/documents", "/public/documents/*", "/public/documents/*/pdf", // published documents only
        "/public/api/priorities/*", "/public/priorities", "/public/priorities/*", // PUBLIC priorities (publicsite)
        "/public/plans", "/public/plans/*", "/public/variations/*", // issued Plans, published variations
        "/public/api/plans", "/public/api/plans/*", "/public/api/plans/*/variations", "/public/api/variations/*",
        "/public/contact-points", "/public/contact-points.ics", "/public/api/contact-points", // contact points
        "/sitemap.xml", "/public/data", "/public/data/*", // the public record's sitemap and open data
        "/public/meetings", "/public/meetings/*", "/public/meetings/*/pack", "/public/reports/*",
        "/public/reports/*/pdf", // meetings held in public, their public reports and agenda packs
        "/public/structure", // the structure of the public bodies
        "/public/api/reports/*" // a published report as open data
    };

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMINISTRATOR > ROLE_COORDINATOR
                ROLE_COORDINATOR > ROLE_CONTRIBUTOR
                ROLE_CONTRIBUTOR > ROLE_READER
                """);
    }

    /** The API-key filter runs inside the API security chain only, not as a servlet filter for every request. */
    @Bean
    FilterRegistrationBean<ApiKeyAuthenticationFilter> apiKeyFilterRegistration(ApiKeyAuthenticationFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * No Spring Security observations at all: the management property turns them into no-ops but leaves every filter
     * wrapped in an observing decorator, still a tenth of a request's CPU in the Open311 profile. The request metrics
     * (http.server.requests) are not Spring Security's and stay.
     */
    @Bean
    static org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The only way to sign in with a password: throttled, and answering alike for every username. */
    @Bean
    ThrottledSignIn throttledSignIn(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, AuditTrail audit, Clock clock) {
        return new ThrottledSignIn(users, passwordEncoder, throttle, audit, clock);
    }

    /**
     * Concurrent requests of one session (a browser loading two pages at once just after sign-in) each add the same
     * attribute, such as the new CSRF token; with plain inserts the second failed on the attributes' primary key and
     * answered 500. PostgreSQL's upsert lets the last writer win instead.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** A session's last-access time is written at most once a minute, not on every request. */
    @Bean
    static BeanPostProcessor sessionTouches() {
        return SessionTouches.wrapper();
    }

    /**
     * Static files: no session is read or written for them (a browser sends its session cookie with every stylesheet,
     * font and image), no CSRF token, and the resource handlers' own caching headers instead of "no-store".
     */
    @Bean
    @Order(0)
    SecurityFilterChain staticChain(HttpSecurity http) throws Exception {
        http.securityMatcher(STATIC_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** Static files do not read the session for flash attributes either; the dispatcher finds this by its name. */
    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new PageFlashMaps(STATIC_PATHS);
    }

    /** The API: API keys only, no session, no CSRF (there is no cookie to forge), problem details on refusal. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiKeyAuthenticationFilter apiKeys,
            ProblemDetailsSecurityHandler problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(apiKeys, AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * Open311 GeoReport v2 (the intake module): public reads for Open311 clients and open data, no session, no CSRF
     * (clients such as FixMyStreet post forms without a cookie). The two POSTs, requests and servicerequestupdates,
     * are not open: their handler checks the standard's {@code api_key} (or {@code Authorization: Bearer shk_...})
     * against SaferHub's API keys and answers the standard's 403 error body without a valid one.
     */
    @Bean
    @Order(1)
    SecurityFilterChain open311Chain(HttpSecurity http) throws Exception {
        http.securityMatcher("/open311/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** Pages: form sign-in with a session kept in PostgreSQL. */
    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, SignInFailureHandler failures,
            AuditingAccessDeniedHandler denied) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failures)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("SAFERHUB_SESSION"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new MaskedCsrfTokenHandler()))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("geolocation=(), camera=(), microphone=(), payment=()")));
        return http.build();
    }
}
