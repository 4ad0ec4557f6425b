package org.csucasework.security.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.csucasework.security.LoginLockoutProperties;
import org.csucasework.security.SessionLifetimeProperties;
import org.csucasework.security.ui.LoginView;
import org.csucasework.shared.Role;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Three filter chains: Actuator (health public, the rest for administrators), HTTP Basic for the integration API ({@code /api/**}, stateless, no CSRF since no browser
 * session is involved) and form login for everything else (the Vaadin UI and the Camunda web apps, CSRF on).
 * Method security is on so that services can refuse callers themselves.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({LoginLockoutProperties.class, SessionLifetimeProperties.class})
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String CAMUNDA_PATHS = "/camunda/**";
    /** The OpenAPI description of the integration API and Swagger UI (springdoc): for administrators. */
    static final String[] API_DOCS_PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * The Content-Security-Policy of the product's pages. Vaadin Flow needs {@code 'unsafe-inline'} for styles and
     * {@code 'unsafe-inline' 'unsafe-eval'} for scripts (its bootstrap script is inline and its client engine builds
     * functions from what the server sends); everything else is locked to this origin: no third-party scripts, fonts,
     * frames or form targets, no plug-ins. The Camunda web apps send their own, stricter policy (nonce based).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** The API answers with data only: nothing in it may run, load or be framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Lets the session registry forget sessions that time out or are invalidated. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Actuator: {@code /actuator/health} (and its liveness and readiness groups) answers everyone, with the status
     * only; administrators signing in with HTTP Basic see its details. Every other endpoint, Prometheus included, is
     * for administrators (a Prometheus scrape job uses {@code basic_auth}). One port for everything: no second,
     * unauthenticated management port to keep off the network (docs/operations.md).
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN_NAME))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::signInProblem))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::signInProblem))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // Spring Security's defaults already say Cache-Control: no-store (case data must not stay in caches).
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                                .includeSubDomains(true)))
                .build();
    }

    /** A 401 problem, written here: it is decided before any handler (and its problem handling) is reached. */
    private static void signInProblem(HttpServletRequest request, HttpServletResponse response,
                                      AuthenticationException e) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"CSU Casework\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Sign in with your CSU Casework username and password.\"}");
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
                                      SessionLifetimeProperties lifetime, Clock clock, RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // An error page keeps the status that caused it (a 403 from the Camunda web apps' CSRF filter, which
                // also ends the session) instead of becoming a redirect to the login page.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(CAMUNDA_PATHS).hasRole(Role.ADMIN_NAME)
                .requestMatchers(API_DOCS_PATHS).hasRole(Role.ADMIN_NAME));
        // The Camunda web apps guard their own API with a CSRF token of their own (X-XSRF-TOKEN), and Vaadin's own
        // requests carry Vaadin's security key. Everything else needs Spring's token, the sign-in form too: Vaadin's
        // configurer would exempt the login page (below, switched off), so that another site could sign a visitor
        // into an account of its choosing (login CSRF). Vaadin's login form sends the token from the page's meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/api/**")
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.sessionManagement(session -> session
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"));
        http.addFilterBefore(new AbsoluteSessionLifetimeFilter(lifetime, clock), ConcurrentSessionFilter.class);
        // Cache-Control: no-store comes with Spring Security's defaults, on every page and every UI request. HSTS is
        // only sent over HTTPS, which behind a TLS-terminating proxy the forwarded headers tell (see application.yml).
        http.headers(headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(CAMUNDA_PATHS)),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }

    /**
     * Tells the Camunda web apps who is signed in. It runs after Spring Security's filters (which have already turned
     * away everyone but administrators) and before the filters the Camunda starter registers, which are unordered and
     * so come last; the web apps' own authentication filter then finds the user in the session.
     */
    @Bean
    FilterRegistrationBean<CamundaWebappAuthenticationFilter> camundaContainerBasedAuthentication() {
        FilterRegistrationBean<CamundaWebappAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new CamundaWebappAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", CamundaWebappAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
